import { useState } from "preact/hooks";
import { type AnswerFile, MAX_ANSWER_FILES, MAX_ANSWER_FILE_BYTES, readAnswerFile } from "~/lib/health/health-file";
import { type Conflict, type ImportReport, mergeAnswerFiles } from "~/lib/health/health-merge";
import { type Round, statementLabel } from "~/lib/health/health-tool";
import { health } from "./health-state";

type Outcome = { kind: "error"; lines: string[] } | { kind: "done"; report: ImportReport; rounds: readonly Round[] } | null;

/** Reads every chosen file completely and refuses them all if one is wrong; only then merges. */
async function readAll(files: readonly File[]): Promise<{ ok: true; files: AnswerFile[] } | { ok: false; lines: string[] }> {
  if (files.length > MAX_ANSWER_FILES) return { ok: false, lines: [`Choose at most ${MAX_ANSWER_FILES} files at a time.`] };
  const lines: string[] = [];
  const read: AnswerFile[] = [];
  for (const file of files) {
    if (file.size > MAX_ANSWER_FILE_BYTES) {
      lines.push(`${file.name}: it is larger than 64 KB, far more than any answer file.`);
      continue;
    }
    const result = readAnswerFile(await file.text());
    if (result.ok) read.push(result.file);
    else lines.push(`${file.name}: ${result.message}.`);
  }
  return lines.length > 0 ? { ok: false, lines } : { ok: true, files: read };
}

/** Merges the files into the check as it stands now, as one step Undo takes back. */
async function importFiles(files: File[]): Promise<Outcome> {
  const read = await readAll(files);
  if (!read.ok) return { kind: "error", lines: read.lines };
  const merged = mergeAnswerFiles(health.data.value, read.files);
  if (!merged.ok) return { kind: "error", lines: [`The files were refused: ${merged.message}.`] };
  const count = files.length === 1 ? "an answer file" : `${files.length} answer files`;
  health.apply(`Import ${count}`, () => merged.data);
  return { kind: "done", report: merged.report, rounds: merged.data.rounds };
}

/** Imports partners' answer files into the health check, keeping every answer. */
export function AnswerImport() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div class="health-import no-print">
      <h3>Gather partners' answers</h3>
      <p>
        Choose the answer files partners exported; you can pick several at once. Every file is checked before anything changes, and no
        answer is lost. Where a file and this browser disagree on the same answer, the one given later is kept, and you are told. A plan
        file (all your saved work, exported from <a href="/plan/">Your plan</a>) is imported there, not here.
      </p>
      <div class="field">
        <label for="health-import">Import answer files</label>
        <input
          id="health-import"
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            if (files.length === 0) return;
            setOutcome(null);
            void importFiles(files).then(setOutcome);
          }}
        />
      </div>
      <div role="alert">
        {outcome?.kind === "error" && (
          <div class="notice notice--error">
            <p>Nothing was imported.</p>
            <ul>
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div role="status">{outcome?.kind === "done" && <ImportSummary report={outcome.report} rounds={outcome.rounds} />}</div>
    </div>
  );
}

function ImportSummary({ report, rounds }: { report: ImportReport; rounds: readonly Round[] }) {
  const roundName = (id: string) => rounds.find((r) => r.id === id)?.label ?? "a round";
  const describe = (c: Conflict) => {
    const where = `${c.yours.partner}, ${roundName(c.yours.round)}, ${statementLabel(c.yours.statement)}`;
    return c.kept === "theirs"
      ? `${where}: your ${c.yours.score} was replaced by the file's ${c.theirs.score}, answered later.`
      : `${where}: your ${c.yours.score} was kept; the file's ${c.theirs.score} was answered earlier.`;
  };
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <div class="notice notice--done">
      <p>
        Imported {plural(report.files, "file", "files")}: {plural(report.added, "answer", "answers")} added, {report.unchanged} already here
        {report.conflicts.length > 0 ? `, ${report.conflicts.length} different from yours` : ""}.
        {report.newPartners.length > 0 ? ` New partners: ${report.newPartners.join(", ")}.` : ""}
        {report.newRounds.length > 0 ? ` New rounds: ${report.newRounds.join(", ")}.` : ""}
      </p>
      {report.conflicts.length > 0 && (
        <ul>
          {report.conflicts.map((c, i) => (
            <li key={i}>{describe(c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
