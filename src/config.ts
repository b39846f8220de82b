/** Site-wide settings that are not content. */
export const SITE = {
  name: "PivotPath",
  tagline: "A practical guide to strategic partnerships",
} as const;

/**
 * Address of PivotPath's strategy-session booking form. Set PUBLIC_BOOKING_FORM_URL at build time
 * to change it; the default is used otherwise.
 */
export const BOOKING_FORM_URL: string = import.meta.env["PUBLIC_BOOKING_FORM_URL"] || "https://forms.pivotpath.example/strategy-session";
