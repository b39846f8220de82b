import { describe, expect, it, vi } from "vitest";
import { type ContainerLike, type RegistrationLike, type WorkerLike, applyUpdate, watchForUpdate } from "~/lib/offline/updates";
import { SKIP_WAITING } from "~/lib/offline/words";

class FakeWorker extends EventTarget implements WorkerLike {
  state = "installing";
  messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  /** Moves to `state` and tells listeners, as a browser does. */
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  /** A new worker starts installing, as after the browser found a changed sw.js. */
  find(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
  }
}

class FakeContainer extends EventTarget implements ContainerLike {
  constructor(public controller: unknown) {
    super();
  }
}

describe("watchForUpdate", () => {
  it("offers a version that is already waiting when the page opens under an older one", () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const ready = vi.fn();
    watchForUpdate(registration, new FakeContainer({}), ready);
    expect(ready).toHaveBeenCalledOnce();
  });

  it("offers a version found later once it has installed, not while it installs", () => {
    const registration = new FakeRegistration();
    const ready = vi.fn();
    watchForUpdate(registration, new FakeContainer({}), ready);
    const worker = new FakeWorker();
    registration.find(worker);
    expect(ready).not.toHaveBeenCalled();
    worker.become("installed");
    expect(ready).toHaveBeenCalledOnce();
  });

  it.each(["redundant", "activating", "activated"])("does not offer a worker that became %s", (state) => {
    const registration = new FakeRegistration();
    const ready = vi.fn();
    watchForUpdate(registration, new FakeContainer({}), ready);
    const worker = new FakeWorker();
    registration.find(worker);
    worker.become(state);
    expect(ready).not.toHaveBeenCalled();
  });

  it("offers nothing on the first install, when no worker controls the page", () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const ready = vi.fn();
    watchForUpdate(registration, new FakeContainer(null), ready);
    const worker = new FakeWorker();
    registration.find(worker);
    worker.become("installed");
    expect(ready).not.toHaveBeenCalled();
  });
});

describe("applyUpdate", () => {
  it("asks the waiting worker to take over and reloads only once it controls the page", () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker();
    registration.waiting = worker;
    const container = new FakeContainer({});
    const reload = vi.fn();
    applyUpdate(registration, container, reload);
    expect(worker.messages).toEqual([{ type: SKIP_WAITING }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledOnce();
  });

  it("reloads at once when no worker waits any more (another tab switched already)", () => {
    const reload = vi.fn();
    applyUpdate(new FakeRegistration(), new FakeContainer({}), reload);
    expect(reload).toHaveBeenCalledOnce();
  });
});
