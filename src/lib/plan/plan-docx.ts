import { type WordBlock, type WordDocument, wordBlob } from "../document/docx";
import type { PlanDocument } from "./plan-document";
import { planByline, sectionHeading, sectionNote } from "./plan-words";

const italics = (text: string): WordBlock => ({ kind: "emphasis", text, style: "italics" });

/** The plan as the Word writer takes it: title, the date it was assembled, then each step with its note and its work. */
export function planWord(doc: PlanDocument, locale?: string): WordDocument {
  return {
    title: doc.title,
    intro: [italics(planByline(doc))],
    sections: doc.sections.map((section) => {
      const note = sectionNote(section, locale);
      return { heading: sectionHeading(section), blocks: [...(note === "" ? [] : [italics(note)]), ...section.blocks] };
    }),
  };
}

/** The plan as a .docx file; `docx` is loaded now, when the reader asks for the file. */
export function planDocx(doc: PlanDocument, locale?: string): Promise<Blob> {
  return wordBlob(planWord(doc, locale));
}
