// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import GoalsWorksheet from "~/islands/GoalsWorksheet";
import { smartScore } from "~/lib/goals/goals-tool";

// Each goal card computes its goal's score when it renders; the summary line computes every goal's score.
vi.mock("~/lib/goals/goals-tool", async (original) => {
  const real = await original<typeof import("~/lib/goals/goals-tool")>();
  return { ...real, smartScore: vi.fn(real.smartScore) };
});
const scores = vi.mocked(smartScore);

function addGoal(title: string) {
  fireEvent.input(screen.getByLabelText("Goal"), { target: { value: title } });
  fireEvent.click(screen.getByRole("button", { name: "Add goal" }));
}

beforeEach(() => localStorage.clear());

describe("what a change in the goals worksheet re-renders", () => {
  it("typing in one goal renders that card again, not the others", () => {
    render(<GoalsWorksheet />);
    for (const title of ["Serve 400 households", "Teach 150 residents", "Open a second site"]) addGoal(title);
    scores.mockClear();
    fireEvent.input(screen.getByLabelText("Owner of goal 2"), { target: { value: "Programs director" } });
    expect((screen.getByLabelText("Owner of goal 2") as HTMLInputElement).value).toBe("Programs director");
    // Goal 2's card once, and the summary's three.
    expect(scores.mock.calls.map(([goal]) => goal.title)).toEqual([
      "Teach 150 residents",
      "Serve 400 households",
      "Teach 150 residents",
      "Open a second site",
    ]);
  });

  it("adding a goal renders only the new card", () => {
    render(<GoalsWorksheet />);
    addGoal("Serve 400 households");
    addGoal("Teach 150 residents");
    scores.mockClear();
    addGoal("Open a second site");
    expect(screen.getByRole("group", { name: /Goal 3: Open a second site/ })).toBeTruthy();
    expect(scores.mock.calls.map(([goal]) => goal.title)).toEqual([
      "Open a second site",
      "Serve 400 households",
      "Teach 150 residents",
      "Open a second site",
    ]);
  });
});
