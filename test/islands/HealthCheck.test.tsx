// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import HealthCheck from "~/islands/HealthCheck";
import { answersByRound, partnerChoice, roundChoice } from "~/islands/health/health-state";
import { type AnswerFile, exportAnswerFile } from "~/lib/health/health-file";
import { healthExample } from "~/lib/health/health-example";
import { healthTool } from "~/lib/health/health-tool";
import { liveStore } from "~/lib/storage/live-stores";

beforeEach(() => {
  roundChoice.value = "";
  partnerChoice.value = "";
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const saved = () => liveStore(healthTool).get().data;

function addRoundAndPartners(round: string, partners: string[]) {
  type("Round name", round);
  type("Round date", "2027-05-31");
  fireEvent.click(screen.getByRole("button", { name: "Add round" }));
  for (const name of partners) {
    type("Partner name", name);
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
  }
}

const answer = (statement: RegExp, score: RegExp) =>
  fireEvent.click(within(screen.getByRole("group", { name: statement })).getByRole("radio", { name: score }));

function chooseFiles(files: File[]) {
  const input = screen.getByLabelText("Import answer files") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

const json = (name: string, value: unknown) => new File([JSON.stringify(value)], name, { type: "application/json" });

const scoresRow = async (round: RegExp, statement: string) => {
  const table = await screen.findByRole("table", { name: round });
  return within(within(table).getByRole("row", { name: new RegExp(statement) }))
    .getAllByRole("cell")
    .map((c) => c.textContent);
};

describe("partnership health check", () => {
  it("records a partner's answers and shows averages and where partners differ", async () => {
    render(<HealthCheck />);
    addRoundAndPartners("Month 3", ["Eastside Food Bank", "Greenleaf Grocers"]);
    answer(/^4\. Fair sharing/, /^5 /);
    fireEvent.change(screen.getByLabelText("Partner answering"), { target: { value: "Greenleaf Grocers" } });
    answer(/^4\. Fair sharing/, /^2 /);
    expect(await scoresRow(/Health check scores, Month 3/, "Fair sharing")).toEqual(["5", "2", "3.5", "3"]);
    expect(screen.getByText(/3 points apart \(Eastside Food Bank 5, Greenleaf Grocers 2\)/)).toBeTruthy();
    expect(screen.getByRole("group", { name: /^Answers of Greenleaf Grocers for Month 3: 1 of 10 answered/ })).toBeTruthy();
  });

  it("shows a new round in the list and its (empty) results at once", async () => {
    render(<HealthCheck />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await screen.findByRole("heading", { name: /^Results for Month 9/ });
    type("Round name", "Month 12");
    type("Round date", "2099-01-31");
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    expect(await screen.findByText(/^No answers for Month 12 .* yet\.$/)).toBeTruthy();
    expect(within(screen.getByRole("heading", { name: "Rounds" }).parentElement as HTMLElement).getByText(/^Month 12/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^Results for Month 9/ })).toBeNull();
  });

  it("sorts the answers by round again when an answer changes, not when a round or a partner is added", async () => {
    render(<HealthCheck />);
    addRoundAndPartners("Month 3", ["Eastside Food Bank"]);
    answer(/^4\. Fair sharing/, /^5 /);
    const grouped = answersByRound.value;
    type("Round name", "Month 6");
    type("Round date", "2027-08-31");
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    type("Partner name", "Greenleaf Grocers");
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    await screen.findByText(/^No answers for Month 6 .* yet\.$/);
    expect(answersByRound.value).toBe(grouped);
    answer(/^4\. Fair sharing/, /^3 /);
    await waitFor(() => expect(answersByRound.value).not.toBe(grouped));
    expect([...answersByRound.value.values()].flat().map((a) => a.score)).toEqual([5, 3]);
  });

  it("refuses an empty round name and a duplicate partner at the field, focusing the first", async () => {
    render(<HealthCheck />);
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    const name = screen.getByLabelText("Round name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter the round date.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
    type("Partner name", "Greenleaf Grocers");
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    type("Partner name", "greenleaf\u200B grocers ");
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    expect(screen.getByText("greenleaf grocers is already listed.")).toBeTruthy();
    expect(saved().partners).toEqual(["Greenleaf Grocers"]);
  });

  it("undoes a deleted round with its answers, and an answer, through the history", async () => {
    render(<HealthCheck />);
    addRoundAndPartners("Month 3", ["Eastside Food Bank"]);
    answer(/^2\. Trust/, /^4 /);
    fireEvent.click(screen.getByRole("button", { name: "Delete the round Month 3 and its answers" }));
    expect(saved()).toMatchObject({ rounds: [], answers: [] });
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(saved().answers).toHaveLength(1);
    expect(await scoresRow(/Health check scores, Month 3/, "Trust")).toEqual(["4", "4.0", "–"]);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(saved().answers).toEqual([]);
    expect(within(screen.getByRole("group", { name: /^2\. Trust/ })).getByRole("radio", { name: "Not answered" })).toHaveProperty(
      "checked",
      true,
    );
  });

  it("merges two partners' answer files, reports what was replaced, and refuses a bad file with an alert", async () => {
    render(<HealthCheck />);
    const example = healthExample();
    const mine = exportAnswerFile(example, "example-round-1", "Greenleaf Grocers", 0) as AnswerFile;
    const theirs = exportAnswerFile(example, "example-round-1", "Harbor City Parks Department", 0);

    chooseFiles([json("grocer.json", mine), json("broken.json", { app: "pivotpath", kind: "health-answers", format: 1 })]);
    const alert = await screen.findByText(/broken\.json: it does not hold valid answers/);
    expect(alert.closest("[role=alert]")).toBeTruthy();
    expect(screen.getByText("Nothing was imported.")).toBeTruthy();
    expect(saved().answers).toEqual([]);

    chooseFiles([json("grocer.json", mine), json("parks.json", theirs)]);
    await screen.findByText(/Imported 2 files: 20 answers added, 0 already here\./);
    expect(await screen.findByRole("table", { name: /Health check scores, Month 3/ })).toBeTruthy();

    const later = {
      ...mine,
      answers: mine.answers.map((a) =>
        a.statement === "fairness" ? { ...a, score: a.score === 4 ? 3 : 4, answeredAt: a.answeredAt + 1 } : a,
      ),
    };
    chooseFiles([json("grocer-again.json", later)]);
    await screen.findByText(/^Greenleaf Grocers, Month 3, Fair sharing: your \d was replaced by the file's \d, answered later\.$/);
    expect(saved().answers).toHaveLength(20);
  });

  it("merges answers from “Greenleaf” and “Green\u200Bleaf” (a zero-width space) as one partner", async () => {
    render(<HealthCheck />);
    const round = { id: "r", label: "Month 3", date: "2027-05-31" };
    const file = (partner: string, statement: "trust" | "fairness", score: number) => ({
      app: "pivotpath",
      kind: "health-answers",
      format: 1,
      exportedAt: "2027-06-01T00:00:00.000Z",
      round,
      partner,
      answers: [{ statement, score, answeredAt: 1 }],
    });
    chooseFiles([json("plain.json", file("Greenleaf", "trust", 4)), json("zero-width.json", file("Green\u200Bleaf", "fairness", 2))]);
    await screen.findByText(/Imported 2 files: 2 answers added, 0 already here\. New partners: Greenleaf\. New rounds: Month 3\./);
    expect(saved().partners).toEqual(["Greenleaf"]);
    const table = await screen.findByRole("table", { name: /Health check scores, Month 3/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Statement", "Greenleaf", "Average", "Spread"]);
    expect(await scoresRow(/Health check scores, Month 3/, "Fair sharing")).toEqual(["2", "2.0", "–"]);
  });

  it("says in plain words that a plan file belongs on the Your plan page", async () => {
    render(<HealthCheck />);
    chooseFiles([json("pivotpath-plan.json", { app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: {} })]);
    const line = await screen.findByText(
      /^pivotpath-plan\.json: it is a plan file, .*not a partner's answers; import it on the Your plan page\.$/,
    );
    expect(line.closest("[role=alert]")).toBeTruthy();
  });

  it("exports a partner's answers as a file that imports into an empty health check", async () => {
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    render(<HealthCheck />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    fireEvent.change(await screen.findByLabelText("Partner answering"), { target: { value: "Eastside Food Bank" } });
    fireEvent.click(await screen.findByRole("button", { name: /^Export the answers of Eastside Food Bank for / }));
    expect(blob).not.toBeNull();
    const text = await (blob as unknown as Blob).text();
    expect(JSON.parse(text)).toMatchObject({ app: "pivotpath", kind: "health-answers", partner: "Eastside Food Bank" });
    create.mockRestore();
    liveStore(healthTool).update(() => healthTool.empty());
    chooseFiles([new File([text], "efb.json")]);
    await screen.findByText(/Imported 1 file: 10 answers added/);
    expect(saved()).toMatchObject({ partners: ["Eastside Food Bank"], rounds: [{ label: JSON.parse(text).round.label }] });
  });

  it("downloads the health check as CSV with the toolbar's one label", async () => {
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    render(<HealthCheck />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await screen.findByRole("table", { name: /Health check scores/ });
    fireEvent.click(screen.getByRole("button", { name: "Download the health check (CSV)" }));
    expect(await (blob as unknown as Blob).text()).toMatch(/^\uFEFF?Round,Round date,Partner,Shared purpose,/);
    create.mockRestore();
  });
});
