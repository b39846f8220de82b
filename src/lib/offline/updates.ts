import { SKIP_WAITING } from "./words";

/** The parts of a ServiceWorker the update prompt uses. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The parts of a ServiceWorkerRegistration the update prompt uses. */
export interface RegistrationLike extends EventTarget {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
}

/** The parts of navigator.serviceWorker the update prompt uses. */
export interface ContainerLike extends EventTarget {
  readonly controller: unknown;
}

/**
 * Calls `ready` when a new version of the site is installed and waiting while an older one controls this page, now or
 * later. Never on the first install: a page no worker controlled has nothing to update.
 */
export function watchForUpdate(registration: RegistrationLike, container: ContainerLike, ready: () => void): void {
  if (registration.waiting && container.controller) ready();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) ready();
    });
  });
}

/**
 * The reader asked for the new version: the waiting worker takes over, and the page reloads once it controls the page.
 * Where no worker waits any more (another tab already switched), the page reloads at once.
 */
export function applyUpdate(registration: RegistrationLike, container: ContainerLike, reload: () => void): void {
  const worker = registration.waiting;
  if (!worker) {
    reload();
    return;
  }
  container.addEventListener("controllerchange", () => reload(), { once: true });
  worker.postMessage({ type: SKIP_WAITING });
}
