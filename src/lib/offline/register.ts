import { type ContainerLike, type RegistrationLike, applyUpdate, watchForUpdate } from "./updates";
import { SERVICE_WORKER_URL, UPDATE_WORDS } from "./words";

/** Puts "A new version of the guide is ready" and its Reload button into the page's polite status region. */
function showUpdateNotice(region: HTMLElement, onReload: () => void): void {
  if (region.childElementCount) return;
  const text = document.createElement("p");
  text.textContent = `${UPDATE_WORDS.ready} `;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = UPDATE_WORDS.reload;
  button.addEventListener("click", () => {
    button.disabled = true;
    onReload();
  });
  text.append(button);
  region.append(text);
}

/**
 * Registers the site's service worker once the page has loaded, and offers the reader a new version when one is
 * waiting; the page only reloads when the reader asks.
 */
export function registerServiceWorker(region: HTMLElement | null): void {
  if (!("serviceWorker" in navigator) || !region) return;
  const container: ServiceWorkerContainer & ContainerLike = navigator.serviceWorker;
  const start = () => {
    container.register(SERVICE_WORKER_URL).then(
      // A browser told to block workers (as the other browser tests do) may resolve with no registration.
      (registration: RegistrationLike | undefined) =>
        registration &&
        watchForUpdate(registration, container, () =>
          showUpdateNotice(region, () => applyUpdate(registration, container, () => window.location.reload())),
        ),
      () => {
        // No worker (storage blocked, private window): the site works online as before.
      },
    );
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
