/** What the reader agreed to share with the booking form. Nothing else is ever added. */
export interface BookingShare {
  organization: string;
  /** Slug of the guide step the reader came from, e.g. "risks". */
  step: string;
}

/**
 * The booking form's address, with the organization and step added as query parameters
 * only when the reader has agreed to share them.
 */
export function bookingUrl(formUrl: string, share: BookingShare | null): string {
  const url = new URL(formUrl);
  if (share) {
    const organization = share.organization.trim().slice(0, 120);
    if (organization) url.searchParams.set("organization", organization);
    if (/^[a-z-]{1,40}$/.test(share.step)) url.searchParams.set("step", share.step);
  }
  return url.toString();
}
