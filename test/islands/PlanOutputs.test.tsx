// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PlanOutputs } from "~/islands/plan/PlanOutputs";
import { decodeShare } from "~/lib/share/share-link";
import { docxText } from "../support/docx-text";
import { planFixture } from "../lib/plan/plan-fixture";

const downloads = vi.hoisted(() => ({ blobs: [] as [string, Blob][], texts: [] as [string, string, string | undefined][] }));
vi.mock("~/islands/shared/download", async (original) => ({
  ...(await original<typeof import("~/islands/shared/download")>()),
  downloadBlob: (name: string, blob: Blob) => downloads.blobs.push([name, blob]),
  downloadText: (name: string, text: string, type?: string) => downloads.texts.push([name, text, type]),
}));

const EXPORT = JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: {} });

function renderOutputs(exportJson = EXPORT) {
  render(<PlanOutputs getDocument={() => planFixture()} getExportJson={() => Promise.resolve(exportJson)} />);
}

beforeEach(() => {
  downloads.blobs.length = 0;
  downloads.texts.length = 0;
});

describe("PlanOutputs", () => {
  it("downloads the plan as a Word file", async () => {
    renderOutputs();
    fireEvent.click(screen.getByRole("button", { name: "Download the plan (Word)" }));
    await screen.findByText("The Word file is downloaded.");
    const [name, blob] = downloads.blobs[0]!;
    expect(name).toMatch(/^pivotpath-partnership-plan-\d{4}-\d\d-\d\d\.docx$/);
    expect(docxText(new Uint8Array(await blob.arrayBuffer()))).toContain("Fresh produce for 400 households");
  });

  it("downloads a read-only copy: one .html page without scripts", async () => {
    renderOutputs();
    fireEvent.click(screen.getByRole("button", { name: "Download a read-only copy" }));
    await screen.findByText(/The read-only copy is downloaded/);
    const [name, html, type] = downloads.texts[0]!;
    expect(name).toMatch(/^pivotpath-partnership-plan-\d{4}-\d\d-\d\d\.html$/);
    expect(type).toBe("text/html");
    expect(html).toContain("Prepared by Riverside Fresh Start");
    expect(html).not.toMatch(/<script/i);
  });

  it("shows a share link that carries the export, in a read-only field, and copies it", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderOutputs();
    fireEvent.click(screen.getByRole("button", { name: "Create a share link" }));
    const field = (await screen.findByLabelText("Share link")) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value.startsWith(`${location.origin}/plan/view/#v1.`)).toBe(true);
    await expect(decodeShare(field.value.split("#")[1]!)).resolves.toEqual({ ok: true, text: EXPORT });
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await screen.findByText(/The link is copied/);
    expect(writeText).toHaveBeenCalledWith(field.value);
  });

  it("refuses a plan too large for a link, saying why and offering the file", async () => {
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(30_000)), (b) => b.toString(16).padStart(2, "0")).join("");
    renderOutputs(noise);
    fireEvent.click(screen.getByRole("button", { name: "Create a share link" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert.textContent).toMatch(/too large for a share link.*Download a read-only copy/));
    expect(screen.queryByLabelText("Share link")).toBeNull();
  });
});
