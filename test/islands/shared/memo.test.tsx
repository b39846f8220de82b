// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it } from "vitest";
import { memo } from "~/islands/shared/memo";

function setup() {
  const renders: string[] = [];
  const Label = memo(function Label({ text, onPick }: { text: string; onPick: () => void }) {
    const [clicks, setClicks] = useState(0);
    renders.push(text);
    return (
      <button
        type="button"
        onClick={() => {
          setClicks((n) => n + 1);
          onPick();
        }}
      >
        {text} {clicks}
      </button>
    );
  });
  let setOuter: (change: { text: string; other: number }) => void = () => undefined;
  const pick = () => undefined;
  function Outer() {
    const [state, setState] = useState({ text: "Alpha", other: 0 });
    setOuter = setState;
    return (
      <div>
        <p>{state.other}</p>
        <Label text={state.text} onPick={pick} />
      </div>
    );
  }
  render(<Outer />);
  return { renders, set: (change: { text: string; other: number }) => act(() => setOuter(change)) };
}

describe("memo", () => {
  it("renders again only when a prop changes", () => {
    const { renders, set } = setup();
    expect(renders).toEqual(["Alpha"]);
    set({ text: "Alpha", other: 1 });
    expect(screen.getByText("1")).toBeTruthy();
    expect(renders).toEqual(["Alpha"]);
    set({ text: "Beta", other: 1 });
    expect(renders).toEqual(["Alpha", "Beta"]);
    expect(screen.getByRole("button").textContent).toBe("Beta 0");
  });

  it("still renders when its own state changes", () => {
    const { renders } = setup();
    fireEvent.click(screen.getByRole("button"));
    expect(screen.getByRole("button").textContent).toBe("Alpha 1");
    expect(renders).toEqual(["Alpha", "Alpha"]);
  });
});
