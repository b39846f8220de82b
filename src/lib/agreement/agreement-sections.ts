/**
 * The sections of the memorandum of understanding, in order: what a partnership agreement usually settles
 * (parties, purpose, term, roles and governance, contributions and money, risk and insurance, data, branding,
 * reporting, disputes, amendment, ending and exit, signatures).
 */
export const SECTIONS = [
  { key: "parties", heading: "Parties", step: 2, prompt: "Who is making this agreement, and who speaks for each organization." },
  { key: "purpose", heading: "Purpose and goals", step: 1, prompt: "What the partnership is for and what it sets out to achieve." },
  { key: "term", heading: "Term and dates", step: 4, prompt: "When the agreement starts, when it ends, and when you will review it." },
  {
    key: "governance",
    heading: "Governance and roles",
    step: 4,
    prompt: "Who decides what, how often each group meets, and who answers for each task.",
  },
  {
    key: "contributions",
    heading: "Contributions and cost sharing",
    step: 7,
    prompt: "What each partner brings, and how you split the costs you share.",
  },
  {
    key: "risks",
    heading: "Risks, insurance and indemnity",
    step: 5,
    prompt: "The main risks, who handles each one, and who insures what.",
  },
  {
    key: "data",
    heading: "Data sharing and privacy",
    step: 4,
    prompt: "What information you share, how you keep it safe, and who may see it.",
  },
  {
    key: "branding",
    heading: "Branding and communications",
    step: 4,
    prompt: "How the partnership is named and shown, and who approves what is said in public.",
  },
  {
    key: "reporting",
    heading: "Reporting against the KPIs",
    step: 8,
    prompt: "What each partner measures and reports, how often, and to whom.",
  },
  {
    key: "disputes",
    heading: "Resolving disputes",
    step: 4,
    prompt: "How a disagreement is raised and where it goes if the first talk does not settle it.",
  },
  { key: "amendment", heading: "Changing this agreement", step: 4, prompt: "How the partners agree a change, and who signs it." },
  {
    key: "ending",
    heading: "Ending the partnership or leaving it",
    step: 4,
    prompt: "How the partnership ends, how one partner can leave, and what happens to shared money, things and data.",
  },
  {
    key: "signatures",
    heading: "Signatures",
    step: 2,
    prompt: "Someone with authority in each organization signs and dates the agreement.",
  },
] as const;

export type SectionKey = (typeof SECTIONS)[number]["key"];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);

/** The statement every outline carries, on screen, in print and in the Word file. */
export const NOT_LEGAL_ADVICE =
  "This outline is a starting point for the partners and their advisers, not legal advice. Have the final agreement checked by someone qualified before anyone signs it.";

/**
 * What a section with nothing saved says: "Nothing saved yet: step 5 fills this". The agreement is step 4's own tool,
 * so a section step 4 fills says where on this step.
 */
export function nothingSaved(step: number): string {
  return step === 4 ? STEP_4_FILLS : `Nothing saved yet: step ${step} fills this`;
}

const STEP_4_FILLS = "Nothing saved yet: fill it in this step, with the governance tiers and RACI chart or in your own words";
