import { useState } from "preact/hooks";
import { type AnswerFile, MAX_ANSWER_FILES, MAX_ANSWER_FILE_BYTES, readAnswerFile } from "~/lib/health/health-file";
import { type Conflict, type ImportReport, mergeAnswerFiles } from "~/lib/health/health-merge";
import { type HealthData, type Round, statementLabel } from "~/lib/health/health-tool";
import { memo } from "../shared/memo";

interface Props {
  /** The data as it stands now (read at import time, not at render). */
  current: () => HealthData;
  onMerged: (data: HealthData) => void;
}

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

/** Imports partners' answer files into the health check, keeping every answer. */
export const AnswerImport = memo(function AnswerImport({ current, onMerged }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onFiles = async (files: File[]) => {
    setOutcome(null);
    const read = await readAll(files);
    if (!read.ok) {
      setOutcome({ kind: "error", lines: read.lines });
      return;
    }
    const merged = mergeAnswerFiles(current(), read.files);
    if (!merged.ok) {
      setOutcome({ kind: "error", lines: [`The files were refused: ${merged.message}.`] });
      return;
    }
    onMerged(merged.data);
    setOutcome({ kind: "done", report: merged.report, rounds: merged.data.rounds });
  };
  return (
    <div class="health-import no-print">
      <h4>Gather partners' answers</h4>
      <p>
        Choose the answer files partners exported; you can pick several at once. Every file is checked before anything changes, and no
        answer is lost: where a file and this browser disagree on the same answer, the one given later is kept, and you are told.
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
            if (files.length > 0) void onFiles(files);
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
});

function ImportSummary({ report, rounds }: { report: ImportReport; rounds: readonly Round[] }) {
  const roundName = (id: string) => rounds.find((r) => r.id === id)?.label ?? "a round";
  const describe = (c: Conflict) => {
    const where = `${c.yours.partner}, ${roundName(c.yours.round)}, ${statementLabel(c.yours.statement)}`;
    return c.kept === "theirs"
      ? `${where}: your ${c.yours.score} was replaced by the file's ${c.theirs.score}, answered later.`
      : `${where}: your ${c.yours.score} was kept; the file's ${c.theirs.score} was answered earlier.`;
  };
  return (
    <div class="notice notice--done">
      <p>
        Imported {report.files} {report.files === 1 ? "file" : "files"}: {report.added} {report.added === 1 ? "answer" : "answers"} added,{" "}
        {report.unchanged} already here
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
