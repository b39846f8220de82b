import { Component, type ComponentChildren, type FunctionComponent, h } from "preact";

/** True when both objects hold the same keys with identical (Object.is) values. */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every(
    (k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * A component that re-renders only when one of its props changes (compared by identity, key by key) or its own state
 * does, like React.memo. Pass it the pieces of data it shows and callbacks that keep their identity, so unrelated
 * changes skip it. Written here rather than imported from preact/compat, whose import installs page-wide option hooks
 * (onChange rewritten to onInput, className aliases) that would change every island on the page.
 */
export function memo<P extends object>(render: (props: P) => ComponentChildren) {
  return class Memo extends Component<P> {
    static override displayName = `Memo(${render.name})`;
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !shallowEqual(this.props, next);
    }
    override render() {
      return h(render as FunctionComponent<P>, this.props);
    }
  };
}
