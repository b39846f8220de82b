// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import GoalsWorksheet from "~/islands/GoalsWorksheet";

function addGoal(title: string) {
  fireEvent.input(screen.getByLabelText("Goal"), { target: { value: title } });
  fireEvent.click(screen.getByRole("button", { name: "Add goal" }));
}

describe("GoalsWorksheet", () => {
  it("adds a goal and saves it to localStorage", async () => {
    render(<GoalsWorksheet />);
    addGoal("Serve 400 households");
    expect(screen.getByRole("group", { name: /Goal 1: Serve 400 households/ })).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem("pivotpath:goals")).toContain("Serve 400 households"), { timeout: 2000 });
  });

  it("saves the partnership name as it is typed, one undo step for the typing", async () => {
    render(<GoalsWorksheet />);
    const field = screen.getByRole("textbox", { name: "Partnership name" }) as HTMLInputElement;
    expect(field.maxLength).toBe(120);
    fireEvent.input(field, { target: { value: "Eastside" } });
    fireEvent.input(field, { target: { value: "Eastside Fresh Food Partnership" } });
    expect(field.value).toBe("Eastside Fresh Food Partnership");
    await waitFor(() => expect(localStorage.getItem("pivotpath:goals")).toContain('"partnershipName":"Eastside Fresh Food Partnership"'), {
      timeout: 2000,
    });
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(field.value).toBe("");
  });

  it("saves what the organization can offer and its non-negotiables as they are typed, each one undo step", async () => {
    render(<GoalsWorksheet />);
    const offers = screen.getByRole("textbox", { name: "What you can offer" }) as HTMLTextAreaElement;
    const limits = screen.getByRole("textbox", { name: "Your non-negotiables" }) as HTMLTextAreaElement;
    expect([offers.tagName, offers.maxLength, limits.maxLength]).toEqual(["TEXTAREA", 2000, 2000]);
    expect(screen.getByRole("group", { name: "What you bring, and what you will not trade" })).toBeTruthy();
    fireEvent.input(offers, { target: { value: "About 180 volunteers" } });
    fireEvent.input(offers, { target: { value: "About 180 volunteers\nA refrigerated truck" } });
    fireEvent.input(limits, { target: { value: "Client data stays with us" } });
    await waitFor(
      () => expect(localStorage.getItem("pivotpath:goals")).toContain('"offers":"About 180 volunteers\\nA refrigerated truck"'),
      { timeout: 2000 },
    );
    expect(screen.getByRole("button", { name: /^Download the offers and non-negotiables \(CSV\)/ }).getAttribute("aria-disabled")).not.toBe(
      "true",
    );
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect([offers.value, limits.value]).toEqual(["About 180 volunteers\nA refrigerated truck", ""]);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(offers.value).toBe("");
  });

  it("refuses a blank goal with a message at the field", () => {
    render(<GoalsWorksheet />);
    addGoal("   ");
    const field = screen.getByLabelText("Goal");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Write the goal before adding it.");
    expect(screen.queryByRole("list", { name: "Your goals" })).toBeNull();
  });

  it("shows markup typed into a goal as text", () => {
    render(<GoalsWorksheet />);
    addGoal('<img src=x onerror="alert(1)">');
    expect(document.querySelector(".goal-list img")).toBeNull();
    expect(screen.getByRole("group", { name: /Goal 1: <img src=x/ })).toBeTruthy();
  });

  it("counts SMART tests as they are ticked", () => {
    render(<GoalsWorksheet />);
    addGoal("Teach 150 residents");
    fireEvent.click(screen.getByRole("checkbox", { name: /Specific/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Time-bound/ }));
    expect(screen.getByRole("group", { name: "SMART check for goal 1: 2 of 5" })).toBeTruthy();
  });

  it("undoes a deletion in place", () => {
    render(<GoalsWorksheet />);
    addGoal("First");
    addGoal("Second");
    fireEvent.click(screen.getByRole("button", { name: "Delete goal 1" }));
    expect(screen.queryByRole("group", { name: /First/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("group", { name: "Goal 1: First" })).toBeTruthy();
  });
});
