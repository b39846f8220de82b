/** What each guide step produces, said in the plan while the step has nothing saved. */
export const STEP_PRODUCTS: Readonly<Record<number, string>> = {
  1: "Your organization's goals and objectives, each checked against the SMART tests, with what you can offer partners and your non-negotiables.",
  2: "The organizations you are considering, their scores against your criteria, their ranking, and how far due diligence has gone.",
  3: "The business case: the problem, the options weighed, costs and benefits, and the decision asked of each partner's leadership.",
  4: "The governance tiers, who is responsible and accountable for each task (the RACI chart), and the partnership agreement's outline.",
  5: "The risk register: each risk rated before and after mitigation, with its owner and response, and the risk matrix.",
  6: "The stakeholder map, the engagement plan, and the “you said, we did” log.",
  7: "The budget over the partnership's term, what each partner contributes, each partner's fair share, and who pays what.",
  8: "The KPIs with their targets and progress, and the results of the partnership health check.",
};
