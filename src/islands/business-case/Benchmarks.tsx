import { computed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { BenchmarkSchema } from "~/lib/business-case/business-case-tool";
import { addBenchmark, removeBenchmark } from "~/lib/business-case/case-edit";
import { type BenchmarkFields, caseLimits, readBenchmarkFields } from "~/lib/business-case/case-input";
import { newId } from "~/lib/id";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField, useFocusFirstError } from "../shared/fields";
import { businessCase } from "./case-state";

const EMPTY: BenchmarkFields = { program: "", figure: "", source: "" };
const benchmarks = computed(() => businessCase.data.value.benchmarks);

/** Comparable programs, each with a figure and where it comes from. */
export function Benchmarks() {
  const rows = benchmarks.value;
  return (
    <section class="case-section" aria-labelledby="case-benchmarks-title">
      <h3 id="case-benchmarks-title">Benchmarks</h3>
      {rows.length > 0 && (
        <table class="case-benefits__table">
          <caption>Comparable programs</caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Figure</th>
              <th scope="col">Source</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.program}</th>
                <td>{b.figure}</td>
                <td>{b.source}</td>
                <td>
                  <button
                    type="button"
                    class="button--quiet"
                    onClick={() => businessCase.apply(`Delete benchmark “${b.program}”`, (d) => removeBenchmark(d, b.id))}
                  >
                    Delete<span class="visually-hidden"> benchmark “{b.program}”</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddBenchmarkForm />
    </section>
  );
}

function AddBenchmarkForm() {
  const [fields, setFields] = useState<BenchmarkFields>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof BenchmarkFields, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const set = (key: keyof BenchmarkFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const full = caseLimits.benchmarks(businessCase.data.peek());
    const read = readBenchmarkFields({ ...fields, program: fields.program.trim() }, newId());
    if (full || !read.ok) {
      setErrors(full ? { program: full } : read.ok ? {} : read.errors);
      return focusError();
    }
    businessCase.apply(`Add benchmark “${read.value.program}”`, (d) => addBenchmark(d, read.value));
    setErrors({});
    setFields(EMPTY);
    first.current?.focus();
  };
  const field = (key: keyof BenchmarkFields, label: string) => (
    <TextField
      id={`case-new-benchmark-${key}`}
      label={label}
      maxLength={maxLengthOf(BenchmarkSchema.entries[key])}
      value={fields[key]}
      error={errors[key]}
      {...(key === "program" ? { inputRef: first } : {})}
      onValue={set(key)}
    />
  );
  return (
    <form ref={form} class="tool-form" aria-label="Add a benchmark" noValidate onSubmit={submit}>
      {field("program", "Program")}
      {field("figure", "Figure")}
      {field("source", "Source")}
      <button type="submit">Add benchmark</button>
    </form>
  );
}
