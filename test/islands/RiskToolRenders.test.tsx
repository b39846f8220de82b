// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import RiskTool from "~/islands/RiskTool";
import { bandCounts, cellNumbers } from "~/lib/risks/register";
import { risksExample } from "~/lib/risks/risks-example";
import { risksTool } from "~/lib/risks/risks-tool";
import { liveStore } from "~/lib/storage/live-stores";

// The matrix computes its cells' numbers when it renders, the summary its band counts.
vi.mock("~/lib/risks/register", async (original) => {
  const real = await original<typeof import("~/lib/risks/register")>();
  return { ...real, cellNumbers: vi.fn(real.cellNumbers), bandCounts: vi.fn(real.bandCounts) };
});
const viewsRendered = () => vi.mocked(cellNumbers).mock.calls.length + vi.mocked(bandCounts).mock.calls.length;

beforeEach(() => {
  liveStore(risksTool).update((d) => ({ ...d, risks: risksExample() }));
  liveStore(risksTool).flush();
});

describe("what a change in the risk tool re-renders", () => {
  it("a save that leaves the risks as they were re-renders neither the matrix nor the summary", async () => {
    render(<RiskTool />);
    await screen.findByRole("table", { name: /Risk register/ });
    expect(viewsRendered()).toBeGreaterThan(0);
    vi.clearAllMocks();
    liveStore(risksTool).update((d) => ({ ...d }));
    await screen.findByText("Saving…");
    liveStore(risksTool).flush();
    await screen.findByText("All changes saved in this browser.");
    expect(viewsRendered()).toBe(0);
  });
});
