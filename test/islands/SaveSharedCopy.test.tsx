// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { SaveSharedCopy } from "~/islands/plan/SaveSharedCopy";
import { goalsExample } from "~/lib/goals/goals-example";

const goalsRecord = (organization: string) => ({
  app: "pivotpath",
  tool: "goals",
  version: 1,
  savedAt: Date.UTC(2026, 10, 27),
  data: { ...goalsExample(), organization },
});
const shared = JSON.stringify({
  app: "pivotpath",
  kind: "workspace",
  format: 1,
  exportedAt: "",
  records: { goals: goalsRecord("Shared Co-op") },
});
const saved = () => JSON.parse(localStorage.getItem("pivotpath:goals") ?? "null")?.data?.organization as string | undefined;

describe("SaveSharedCopy", () => {
  it("saves the shared plan in a browser that has nothing saved", async () => {
    render(<SaveSharedCopy text={shared} />);
    fireEvent.click(screen.getByRole("button", { name: "Save a copy in this browser" }));
    await screen.findByText(/Saved in this browser: Goals worksheet/);
    expect(screen.getByRole("link", { name: "Open your plan" }).getAttribute("href")).toBe("/plan/");
    expect(saved()).toBe("Shared Co-op");
  });

  it("asks before replacing saved work, and keeps it when the reader cancels", async () => {
    localStorage.setItem("pivotpath:goals", JSON.stringify(goalsRecord("My own")));
    render(<SaveSharedCopy text={shared} />);
    fireEvent.click(screen.getByRole("button", { name: "Save a copy in this browser" }));
    screen.getByText("The shared plan would replace what you have saved for: Goals worksheet.");
    fireEvent.click(screen.getByRole("button", { name: "Cancel the import" }));
    expect(saved()).toBe("My own");
    screen.getByText("Nothing was saved: your own work is as it was.");
    fireEvent.click(screen.getByRole("button", { name: "Save a copy in this browser" }));
    fireEvent.click(screen.getByRole("button", { name: "Replace my saved work" }));
    expect(saved()).toBe("Shared Co-op");
  });

  it("refuses what the import refuses, and changes nothing", () => {
    localStorage.setItem("pivotpath:goals", JSON.stringify(goalsRecord("My own")));
    render(<SaveSharedCopy text={JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: {} })} />);
    fireEvent.click(screen.getByRole("button", { name: "Save a copy in this browser" }));
    expect(screen.getByRole("alert").textContent).toBe("The file holds no saved work. Nothing was changed.");
    expect(saved()).toBe("My own");
  });
});
