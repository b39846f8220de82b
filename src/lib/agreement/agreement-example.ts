import { COUNTS, DATES, EXAMPLE, GROCER, SETTLEMENT_DATES } from "../example/partnership";
import { longDate, monthDay, monthYear, words } from "../example/format";
import { type AgreementData, emptyAgreement } from "./agreement-tool";

/** The guide's worked example: the memorandum the market's partners drafted on step 4, in their own words. */
export function agreementExample(): AgreementData {
  const empty = emptyAgreement();
  return {
    start: EXAMPLE.start,
    end: EXAMPLE.end,
    clauses: {
      ...empty.clauses,
      term: `The strategic group decides on renewal at its ${monthYear(DATES.renewalDecision)} meeting.`,
      contributions: `Each partner's gifts are valued by the rules of step 7. The partners settle up on ${monthDay(SETTLEMENT_DATES[0])}, ${monthDay(SETTLEMENT_DATES[1])}, ${monthDay(SETTLEMENT_DATES[2])} and ${longDate(SETTLEMENT_DATES[3])}.`,
      risks: `${GROCER}' product liability policy names the other partners and the city as additional insured, and ${GROCER} repays the others for claims caused by its produce.`,
      data: `The market records a market card number and a ZIP code per household, nothing more. Only ${GROCER} sees card payments.`,
      branding: [
        `Agreed by the strategic group on ${longDate(DATES.brandingSettled)}:`,
        `The market is called ${EXAMPLE.name}.`,
        "One partner banner carries all three logos at equal size.",
        `${GROCER}' price labels may carry its name as the seller.`,
        `${GROCER} promotes the market in its store and newsletter.`,
      ].join("\n"),
      disputes: `If the strategic group cannot settle a disagreement within ${words(COUNTS.mediatorDays)} working days, each partner's own leadership brings in the named mediator, with the cost shared.`,
      amendment: "A change is agreed in writing and signed by all partners.",
      ending: `Any partner may leave with ${COUNTS.noticeDays} days' written notice. Data, equipment and the shared account are handed over as step 8 describes.`,
    },
  };
}
