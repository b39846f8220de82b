/**
 * The fictional partnership the guide follows through all eight steps.
 * Every tool's "Load example" uses these names so the story stays one story.
 */
export const EXAMPLE = {
  name: "Riverside Fresh Start",
  /** The organization whose staff read the guide in the story. */
  lead: "Eastside Food Bank",
  partners: ["Eastside Food Bank", "Harbor City Parks Department", "Greenleaf Grocers"],
  purpose:
    "A weekly fresh-produce market with cooking classes in Riverside Park, for households on the east side who live more than a mile from a full-service grocery store.",
  termMonths: 12,
  currency: "USD",
  start: "2027-03-01",
  end: "2028-02-29",
} as const;
