import type * as Docx from "docx";
import type { DocBlock } from "../plan/plan-document";

export type DocxModule = typeof Docx;

/** A block of a Word document: a DocBlock, or a line set in bold or italics (a notice, a prompt). */
export type WordBlock = DocBlock | { kind: "emphasis"; text: string; style: "bold" | "italics" };

/** A document as the Word writer takes it: text only, never markup. */
export interface WordDocument {
  /** The document's title, its first line and its file property. */
  title: string;
  /** Blocks between the title and the first section. */
  intro?: readonly WordBlock[];
  sections: readonly { heading: string; blocks: readonly WordBlock[] }[];
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/* eslint-disable no-control-regex -- the pattern names the control characters XML refuses */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * `text` without the characters XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE, U+FFFF, lone
 * surrogates): a Word file with one is malformed and refused. Stored text may hold U+FFFE or U+FFFF (pasted), which
 * loading accepts; they are left out here, where the file is written.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, "");
}

function paragraph(docx: DocxModule, text: string, style: { bold?: boolean; italics?: boolean } = {}): Docx.Paragraph {
  return new docx.Paragraph({ children: [new docx.TextRun({ text: xmlText(text), ...style })] });
}

function table(docx: DocxModule, block: Extract<DocBlock, { kind: "table" }>): Docx.FileChild[] {
  const { Paragraph, Table, TableCell, TableRow, WidthType } = docx;
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text) => new TableCell({ children: [paragraph(docx, text, { bold: header })] })),
    });
  return [
    paragraph(docx, block.caption, { bold: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
    }),
    // Word joins two tables that touch into one: an empty paragraph keeps them apart.
    new Paragraph({}),
  ];
}

function blockOf(docx: DocxModule, block: WordBlock): Docx.FileChild[] {
  switch (block.kind) {
    case "paragraph":
      return [paragraph(docx, block.text)];
    case "subheading":
      return [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, children: [new docx.TextRun(xmlText(block.text))] })];
    case "emphasis":
      return [paragraph(docx, block.text, { [block.style]: true })];
    case "table":
      return table(docx, block);
  }
}

/**
 * The document as Word's object model: title, intro, then each section's heading and blocks. `docx` is passed in, so
 * the library is loaded only when the reader asks for a file. Every text is a text run: names are never read as markup.
 */
export function wordDocument(docx: DocxModule, doc: WordDocument): Docx.Document {
  const { Document, HeadingLevel, Paragraph, TextRun } = docx;
  const children: Docx.FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlText(doc.title))] }),
    ...(doc.intro ?? []).flatMap((b) => blockOf(docx, b)),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlText(section.heading))] }));
    children.push(...section.blocks.flatMap((b) => blockOf(docx, b)));
  }
  return new Document({ title: xmlText(doc.title), sections: [{ children }] });
}

/** The document as a .docx file; `docx` is imported here, on the reader's click, never in a page's first chunk. */
export async function wordBlob(doc: WordDocument): Promise<Blob> {
  const docx = await import("docx");
  const blob = await docx.Packer.toBlob(wordDocument(docx, doc));
  return new Blob([blob], { type: DOCX_TYPE });
}
