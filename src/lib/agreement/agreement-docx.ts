import type { WordDocument } from "../document/docx";
import type { AgreementOutline } from "./agreement-outline";

/**
 * The outline as the Word writer takes it: title, the not-legal-advice notice in bold, then each section's numbered
 * heading, prompt (in italics), the reader's saved work and own words, or the line saying which step fills it.
 */
export function agreementWord(outline: AgreementOutline): WordDocument {
  return {
    title: outline.title,
    intro: [{ kind: "emphasis", text: outline.notice, style: "bold" }],
    sections: outline.sections.map((section, index) => ({
      heading: `${index + 1}. ${section.heading}`,
      blocks: [
        { kind: "emphasis", text: section.prompt, style: "italics" },
        ...(section.missing ? [{ kind: "paragraph", text: `${section.missing}.` } as const] : []),
        ...section.blocks,
      ],
    })),
  };
}
