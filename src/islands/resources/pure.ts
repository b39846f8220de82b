import { Component, type FunctionComponent, h } from "preact";

function sameProps(previous: object, next: object): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(before);
  return keys.length === Object.keys(after).length && keys.every((key) => key in after && Object.is(before[key], after[key]));
}

/**
 * `Inner`, rendered again only when one of its props changes (compared by identity, key by key) or its own state does:
 * preact/compat's memo without loading compat, whose global hooks would change how every island's inputs behave.
 * Pass the pieces of data a component shows, and callbacks that keep their identity, so unrelated changes skip it.
 */
export function pure<P extends object>(Inner: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !sameProps(this.props, next);
    }

    override render(props: Readonly<P>) {
      return h(Inner as FunctionComponent<object>, props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}
