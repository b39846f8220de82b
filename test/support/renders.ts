import { options } from "preact";
import { afterEach, beforeEach } from "vitest";

interface Rendered {
  /** The component's function name. */
  name: string;
  /** Its `id` prop, when it has one (a goal card, a KPI card). */
  id: string | undefined;
}

/**
 * Records every component render from `start()` on, through Preact's render hook (`options.__r`, the hook Preact's
 * devtools use; it runs just before a component's function is called). Installed around each test of the file that
 * calls it, chained to any hook already there.
 */
export function watchRenders(): { start(): void; rendered(): Rendered[]; count(name: string): number } {
  const hooks = options as unknown as { __r?: ((vnode: { type: unknown; props: { id?: unknown } }) => void) | undefined };
  const log: Rendered[] = [];
  let recording = false;
  let previous: typeof hooks.__r;
  beforeEach(() => {
    recording = false;
    log.length = 0;
    previous = hooks.__r;
    hooks.__r = (vnode) => {
      if (recording && typeof vnode.type === "function") {
        log.push({ name: vnode.type.name, id: typeof vnode.props.id === "string" ? vnode.props.id : undefined });
      }
      previous?.(vnode);
    };
  });
  afterEach(() => {
    hooks.__r = previous;
  });
  return {
    start: () => {
      log.length = 0;
      recording = true;
    },
    rendered: () => [...log],
    count: (name) => log.filter((r) => r.name === name).length,
  };
}
