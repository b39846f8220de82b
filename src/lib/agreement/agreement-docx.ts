import type * as Docx from "docx";
import type { Block } from "./agreement-blocks";
import type { AgreementOutline } from "./agreement-outline";

type DocxModule = typeof Docx;

function tableOf(docx: DocxModule, block: Extract<Block, { kind: "table" }>): Docx.FileChild[] {
  const { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] })),
    });
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
    }),
    new Paragraph({}),
  ];
}

/**
 * The outline as a Word document: title, the not-legal-advice notice, then each section's heading, prompt (in
 * italics), the reader's saved work and own words, or the line saying which step fills it. `docx` is passed in, so
 * the library is loaded only when the reader asks for the file. Text only: names are never read as markup.
 */
export function agreementDocument(docx: DocxModule, outline: AgreementOutline): Docx.Document {
  const { Document, HeadingLevel, Paragraph, TextRun } = docx;
  const children: Docx.FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(outline.title)] }),
    new Paragraph({ children: [new TextRun({ text: outline.notice, bold: true })] }),
  ];
  outline.sections.forEach((section, index) => {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${index + 1}. ${section.heading}`)] }),
      new Paragraph({ children: [new TextRun({ text: section.prompt, italics: true })] }),
    );
    if (section.missing) children.push(new Paragraph({ children: [new TextRun(`${section.missing}.`)] }));
    for (const block of section.blocks) {
      if (block.kind === "paragraph") children.push(new Paragraph({ children: [new TextRun(block.text)] }));
      else children.push(...tableOf(docx, block));
    }
  });
  return new Document({ title: outline.title, sections: [{ children }] });
}
