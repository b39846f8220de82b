import type { Block } from "~/lib/agreement/agreement-blocks";
import type { CaseSection } from "~/lib/business-case/case-document";

/** The business case as a .docx file; docx is loaded here, when the reader asks for the file, never before. */
export async function caseDocx(title: string, sections: readonly CaseSection[]): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import("docx");
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const block = (b: Block) =>
    b.kind === "paragraph"
      ? [new Paragraph({ text: b.text })]
      : [
          new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
              ...b.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
            ],
          }),
        ];
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    ...sections.flatMap((s) => [new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }), ...s.blocks.flatMap(block)]),
  ];
  return Packer.toBlob(new Document({ title, sections: [{ children }] }));
}
