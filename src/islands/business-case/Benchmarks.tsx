import { computed, useComputed } from "@preact/signals";
import { type Benchmark, BenchmarkSchema } from "~/lib/business-case/business-case-tool";
import { addBenchmark, editBenchmark, removeBenchmark } from "~/lib/business-case/case-edit";
import { type BenchmarkFields, caseLimits, readBenchmarkFields } from "~/lib/business-case/case-input";
import { newId } from "~/lib/id";
import { maxLengthOf } from "~/lib/schema-parts";
import { computedById, computedIds } from "../shared/select";
import { TextField } from "../shared/fields";
import { useRowForm } from "../shared/row-form";
import { businessCase } from "./case-state";
import { FieldsTable } from "../shared/FieldsTable";

const EMPTY: BenchmarkFields = { program: "", figure: "", source: "" };
const COLUMNS = [
  { key: "program", label: "Program" },
  { key: "figure", label: "Figure" },
  { key: "source", label: "Source" },
] as const;
const benchmarkIds = computedIds(() => businessCase.data.value.benchmarks);
const benchmarkById = computedById(() => businessCase.data.value.benchmarks);
const full = computed(() => caseLimits.benchmarks(businessCase.data.value));

/** Comparable programs, each with a figure and where it comes from, edited in place. */
export function Benchmarks() {
  const ids = benchmarkIds.value;
  return (
    <section class="case-section" aria-labelledby="case-benchmarks-title">
      <h3 id="case-benchmarks-title">Benchmarks</h3>
      {ids.length > 0 && (
        <FieldsTable
          class="case-benefits__table"
          caption="Comparable programs"
          columns={COLUMNS.map((c) => c.label)}
          actions="Actions"
          actionsClass="no-print"
          ids={ids}
          Row={BenchmarkRow}
        />
      )}
      <AddBenchmarkForm />
    </section>
  );
}

function BenchmarkRow({ id, number }: { id: string; number: number }) {
  const benchmark = useComputed(() => benchmarkById.value.get(id)).value;
  if (!benchmark) return null;
  const field = (key: keyof BenchmarkFields, label: string) => (
    <TextField
      id={`case-benchmark-${id}-${key}`}
      label={`${label} of benchmark ${number}`}
      hiddenLabel
      maxLength={maxLengthOf(BenchmarkSchema.entries[key])}
      value={benchmark[key]}
      {...(key === "program" ? { required: "Name the program; until you do, the case keeps its last name." } : {})}
      onValue={(text) =>
        businessCase.apply(
          `Edit the ${label.toLowerCase()} of benchmark ${number}`,
          (d) => editBenchmark(d, id, { [key]: text } as Partial<Benchmark>),
          `case-benchmark-${id}-${key}`,
        )
      }
    />
  );
  return (
    <tr>
      <th scope="row">{field("program", "Program")}</th>
      <td>{field("figure", "Figure")}</td>
      <td>{field("source", "Source")}</td>
      <td class="no-print">
        <button
          type="button"
          class="button--quiet"
          onClick={() => businessCase.apply(`Delete benchmark “${benchmark.program}”`, (d) => removeBenchmark(d, id))}
        >
          Delete<span class="visually-hidden"> benchmark {number}</span>
        </button>
      </td>
    </tr>
  );
}

function AddBenchmarkForm() {
  const { fields, errors, form, first, set, submit } = useRowForm(
    EMPTY,
    (f) =>
      full.peek() ? { ok: false, errors: { program: full.peek()! } } : readBenchmarkFields({ ...f, program: f.program.trim() }, newId()),
    (benchmark) => {
      businessCase.apply(`Add benchmark “${benchmark.program}”`, (d) => addBenchmark(d, benchmark));
      return EMPTY;
    },
  );
  return (
    <form ref={form} class="tool-form" aria-label="Add a benchmark" noValidate onSubmit={submit}>
      {COLUMNS.map((c) => (
        <TextField
          key={c.key}
          id={`case-new-benchmark-${c.key}`}
          label={c.label}
          maxLength={maxLengthOf(BenchmarkSchema.entries[c.key])}
          value={fields[c.key]}
          error={errors[c.key]}
          {...(c.key === "program" ? { inputRef: first } : {})}
          onValue={set(c.key)}
        />
      ))}
      <button type="submit">Add benchmark</button>
    </form>
  );
}
