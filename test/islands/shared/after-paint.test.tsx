// @vitest-environment happy-dom
import { render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { useAfterPaint } from "~/islands/shared/after-paint";

function Shows({ value }: { value: string }) {
  const settled = useAfterPaint(value);
  return <p>{`now ${value}, shown ${settled}`}</p>;
}

describe("useAfterPaint", () => {
  it("shows a new value one frame later, in a render of its own", async () => {
    const { rerender } = render(<Shows value="a" />);
    expect(screen.getByText("now a, shown a")).toBeTruthy();
    rerender(<Shows value="b" />);
    expect(screen.getByText("now b, shown a")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("now b, shown b")).toBeTruthy());
  });

  it("ends on the latest of quick changes", async () => {
    const { rerender } = render(<Shows value="a" />);
    rerender(<Shows value="b" />);
    rerender(<Shows value="c" />);
    await waitFor(() => expect(screen.getByText("now c, shown c")).toBeTruthy());
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.getByText("now c, shown c")).toBeTruthy();
  });
});
