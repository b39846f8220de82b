// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import BusinessCaseTool from "~/islands/BusinessCaseTool";
import GoalsWorksheet from "~/islands/GoalsWorksheet";
import GovernanceTool from "~/islands/GovernanceTool";
import HealthCheck from "~/islands/HealthCheck";
import { watchRenders } from "../support/renders";

/**
 * An edit re-renders what shows it, never the tool around it: the tool's own component and the frame (heading,
 * toolbar, notices) render once, when the island starts. The toolbar re-renders alone when the tool turns from empty
 * to holding data. Each test fails if the tool's component reads the data it passes down (as these once did).
 */
const renders = watchRenders();
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const saved = (key: string, text: string) =>
  waitFor(() => expect(localStorage.getItem(`pivotpath:${key}`)).toContain(text), { timeout: 2000 });

describe("what an edit re-renders", () => {
  it("goals: the first text re-renders the field and the toolbar; a goal's text re-renders that goal's card alone", async () => {
    render(<GoalsWorksheet />);
    await waitFor(() => expect(document.querySelector("#goals-tool[data-ready]")).not.toBeNull());
    renders.start();
    type("Your organization", "Eastside Food Bank");
    expect(renders.count("GoalsWorksheet")).toBe(0);
    expect(renders.count("ToolFrame")).toBe(0);
    expect(renders.count("ToolBar")).toBe(1);
    expect(renders.count("AddGoalForm")).toBe(0);
    expect(renders.count("WorksheetText")).toBe(1);
    for (const title of ["Serve 400 households", "Open a second site", "Train ten volunteers"]) {
      type("Goal", title);
      fireEvent.click(screen.getByRole("button", { name: "Add goal" }));
    }
    renders.start();
    type("Goal 2 text", "Open a second site by June");
    expect(renders.rendered().filter((r) => r.name === "GoalCard")).toHaveLength(1);
    expect(renders.count("GoalsWorksheet") + renders.count("ToolFrame") + renders.count("WorksheetText") + renders.count("ToolBar")).toBe(
      0,
    );
    await saved("goals", "Open a second site by June");
    renders.start();
    type("What you can offer", "A refrigerated truck");
    expect(renders.count("WorksheetText")).toBe(1);
    expect(renders.count("GoalCard") + renders.count("GoalsWorksheet") + renders.count("ToolFrame")).toBe(0);
  });

  it("business case: typing the problem re-renders that field, not the other sections", async () => {
    render(<BusinessCaseTool />);
    await waitFor(() => expect(document.querySelector("#business-case-tool[data-ready]")).not.toBeNull());
    type("Problem or opportunity", "Fresh food is far away");
    renders.start();
    type("Problem or opportunity", "Fresh food is far away for 3,000 households");
    expect(renders.count("CaseText")).toBe(1);
    for (const name of ["BusinessCaseTool", "ToolFrame", "ToolBar", "CaseFields", "ObjectivesAndPlayers", "CostAndReturn", "SwotGrid"]) {
      expect(renders.count(name), name).toBe(0);
    }
    await saved("business-case", "for 3,000 households");
  });

  it("health check: the first partner re-renders the lists and the toolbar, not the tool or its forms", async () => {
    render(<HealthCheck />);
    await waitFor(() => expect(document.querySelector("#health-check[data-ready]")).not.toBeNull());
    type("Partner name", "Greenleaf Grocers");
    renders.start();
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    expect(screen.getByRole("button", { name: /Remove.*Greenleaf Grocers/ })).toBeTruthy();
    expect(renders.count("SetupLists")).toBe(1);
    expect(renders.count("ToolBar")).toBe(1);
    for (const name of ["HealthCheck", "ToolFrame", "RoundForm", "AnswerImport"]) expect(renders.count(name), name).toBe(0);
  });

  it("governance: typing how often a group meets re-renders its tier, not the tool", async () => {
    render(<GovernanceTool />);
    await waitFor(() => expect(document.querySelector("#governance-tool[data-ready]")).not.toBeNull());
    renders.start();
    fireEvent.input(screen.getAllByLabelText("How often it meets")[0]!, { target: { value: "Every quarter" } });
    expect(renders.count("GovernanceTool")).toBe(0);
    expect(renders.count("ToolFrame")).toBe(0);
    await saved("governance", "Every quarter");
  });
});
