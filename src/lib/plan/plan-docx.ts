import { type WordDocument, wordBlob } from "../document/docx";
import type { PlanDocument } from "./plan-document";
import { planByline, sectionHeading, sectionNote } from "./plan-text";

/** The plan as the Word writer takes it: title, the date it was assembled, then each step with its note and its work. */
export function planWord(doc: PlanDocument, locale?: string): WordDocument {
  return {
    title: doc.title,
    intro: [{ kind: "emphasis", text: planByline(doc.date), style: "italics" }],
    sections: doc.sections.map((section) => ({
      heading: sectionHeading(section),
      blocks: [{ kind: "emphasis", text: sectionNote(section, locale), style: "italics" }, ...section.blocks],
    })),
  };
}

/** The plan as a .docx file; `docx` is loaded now, when the reader asks for the file. */
export function planDocx(doc: PlanDocument, locale?: string): Promise<Blob> {
  return wordBlob(planWord(doc, locale));
}
