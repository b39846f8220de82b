// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerServiceWorker } from "~/lib/offline/register";
import { SERVICE_WORKER_URL, SKIP_WAITING, UPDATE_WORDS } from "~/lib/offline/words";

class FakeWorker extends EventTarget {
  state = "installed";
  postMessage = vi.fn();
}

/** navigator.serviceWorker with a page already controlled and a new version waiting. */
function fakeContainer(registration: unknown) {
  const container = Object.assign(new EventTarget(), { controller: {}, register: vi.fn(async () => registration) });
  Object.defineProperty(navigator, "serviceWorker", { configurable: true, value: container });
  return container;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, "serviceWorker");
  document.body.replaceChildren();
});

async function start() {
  const region = document.createElement("div");
  region.setAttribute("role", "status");
  document.body.append(region);
  registerServiceWorker(region);
  await vi.waitFor(() => expect(region.textContent).toContain(UPDATE_WORDS.ready));
  return region;
}

describe("registerServiceWorker", () => {
  it("registers the site's worker and offers a waiting version with one Reload button", async () => {
    const registration = Object.assign(new EventTarget(), { waiting: new FakeWorker(), installing: null });
    const container = fakeContainer(registration);
    const region = await start();
    expect(container.register).toHaveBeenCalledWith(SERVICE_WORKER_URL);
    expect(region.querySelectorAll("button")).toHaveLength(1);
    registration.dispatchEvent(new Event("updatefound"));
    expect(region.querySelectorAll("button")).toHaveLength(1);
  });

  it("asks the waiting worker to take over only when Reload is pressed, once", async () => {
    const worker = new FakeWorker();
    fakeContainer(Object.assign(new EventTarget(), { waiting: worker, installing: null }));
    const region = await start();
    expect(worker.postMessage).not.toHaveBeenCalled();
    const button = region.querySelector("button");
    button?.click();
    button?.click();
    expect(worker.postMessage).toHaveBeenCalledExactlyOnceWith({ type: SKIP_WAITING });
    expect(button?.disabled).toBe(true);
  });

  it("does nothing where the browser gives no registration (workers blocked)", async () => {
    const container = fakeContainer(undefined);
    const region = document.createElement("div");
    registerServiceWorker(region);
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    expect(region.childElementCount).toBe(0);
  });
});
