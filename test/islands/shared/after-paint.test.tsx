// @vitest-environment happy-dom
import { render, screen, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useAfterPaint } from "~/islands/shared/after-paint";

const renders: string[] = [];

function Shows({ value }: { value: string }) {
  const settled = useAfterPaint(value);
  renders.push(`${value}:${settled}`);
  return <p>{`now ${value}, shown ${settled}`}</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  renders.length = 0;
});

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
  });

  it("never puts back an older value, however the frames fall", async () => {
    // A reader typing into a field fed by the settled value: "ab" arrives after the update for "a" was scheduled and
    // before it lands. Putting "a" back would erase the "b" they typed. Frames are run by hand here, and the state
    // changes outside act(), as a reader's input does, so effects run after a frame as they do in the browser.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", () => undefined);
    const tasks = () => new Promise((done) => setTimeout(done, 0));
    const nextFrame = async () => {
      for (const callback of frames.splice(0)) callback(0);
      await tasks();
      await tasks();
    };
    let type: (text: string) => void = () => undefined;
    function Field() {
      const [value, setValue] = useState("");
      type = setValue;
      return <Shows value={value} />;
    }
    render(<Field />);
    type("a");
    await Promise.resolve();
    await nextFrame(); // "a"'s effect runs and schedules its update for the next frame
    type("ab");
    await Promise.resolve();
    for (let i = 0; i < 4; i++) await nextFrame();
    expect(screen.getByText("now ab, shown ab")).toBeTruthy();
    expect(renders).toContain("a:");
    expect(renders.filter((r) => r.startsWith("ab:"))).not.toContain("ab:a");
  });
});
