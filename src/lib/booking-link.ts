import { bookingUrl } from "./booking";
import { storageKey } from "./storage/keys";

/** The organization name the reader typed into the goals worksheet, or "". */
function savedOrganization(): string {
  try {
    const text = localStorage.getItem(storageKey("goals"));
    const organization = text ? (JSON.parse(text) as { data?: { organization?: unknown } }).data?.organization : "";
    return typeof organization === "string" ? organization : "";
  } catch {
    return "";
  }
}

/** The guide step the reader came from, from /book/?step=… */
function fromStep(): string {
  return new URLSearchParams(window.location.search).get("step") ?? "";
}

/** Keeps the booking link bare unless the reader ticks the box to share organization and step. */
export function startBookingLink(root: HTMLElement): void {
  const formUrl = root.dataset["formUrl"];
  const box = root.querySelector<HTMLInputElement>("input[type=checkbox]");
  const link = root.querySelector<HTMLAnchorElement>("a");
  const preview = root.querySelector<HTMLElement>(".booking-share-preview");
  if (!formUrl || !box || !link || !preview) return;
  box.disabled = false;
  const show = () => {
    const share = box.checked ? { organization: savedOrganization(), step: fromStep() } : null;
    link.href = bookingUrl(formUrl, share);
    if (!share) preview.textContent = "";
    else {
      const parts = [share.organization && `organization “${share.organization}”`, share.step && `step “${share.step}”`].filter(Boolean);
      preview.textContent = parts.length
        ? `The form will receive: ${parts.join(" and ")}.`
        : "There is nothing to add yet: name your organization in step 1.";
    }
  };
  box.addEventListener("change", show);
  show();
}
