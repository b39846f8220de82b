import * as docx from "docx";
import { describe, expect, it } from "vitest";
import { DOCX_TYPE, type WordDocument, wordBlob, wordDocument } from "~/lib/document/docx";
import { docxText } from "../../support/docx-text";

const DOC: WordDocument = {
  title: "A title",
  intro: [{ kind: "emphasis", text: "Read this first.", style: "bold" }],
  sections: [
    {
      heading: "First",
      blocks: [
        { kind: "subheading", text: "A subheading" },
        { kind: "paragraph", text: "A paragraph." },
        { kind: "table", caption: "Figures", header: ["Name", "Value"], rows: [["Alpha", "1"]] },
        { kind: "table", caption: "More figures", header: ["Name"], rows: [["Beta"]] },
      ],
    },
  ],
};

async function textOf(doc: WordDocument): Promise<string> {
  return docxText(new Uint8Array(await docx.Packer.toBuffer(wordDocument(docx, doc))));
}

describe("wordDocument", () => {
  it("writes the title, intro, headings and every kind of block, in order", async () => {
    const text = await textOf(DOC);
    const order = [
      "A title",
      "Read this first.",
      "First",
      "A subheading",
      "A paragraph.",
      "Figures",
      "Name",
      "Alpha",
      "More figures",
      "Beta",
    ];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("keeps two tables apart and marks the header row to repeat on each page", async () => {
    const { unzipSync, strFromU8 } = await import("fflate");
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.Packer.toBuffer(wordDocument(docx, DOC))))["word/document.xml"]!);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("<w:cantSplit/>");
  });

  it("leaves out the characters XML cannot hold, so Word opens the file, and keeps the rest of the text", async () => {
    const odd = "Pasted\uFFFFtext\uFFFE \u0001bell \uD800lone \u{1F600}";
    const doc: WordDocument = {
      title: odd,
      sections: [
        {
          heading: odd,
          blocks: [
            { kind: "subheading", text: odd },
            { kind: "paragraph", text: odd },
            { kind: "table", caption: odd, header: [odd], rows: [[odd]] },
          ],
        },
      ],
    };
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(new Uint8Array(await docx.Packer.toBuffer(wordDocument(docx, doc))));
    for (const name of ["word/document.xml", "docProps/core.xml"]) {
      const xml = strFromU8(files[name]!);
      // eslint-disable-next-line no-control-regex
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(xml, name).toContain("Pastedtext bell lone \u{1F600}");
    }
  });

  it("writes markup in any text as text", async () => {
    const hostile = `<w:p>"Tom & Jerry's"</w:p>`;
    const text = await textOf({ title: hostile, sections: [{ heading: hostile, blocks: [{ kind: "paragraph", text: hostile }] }] });
    expect(text.split(hostile)).toHaveLength(4);
  });
});

describe("wordBlob", () => {
  it("is a .docx (a zip) with Word's media type", async () => {
    const blob = await wordBlob(DOC);
    expect(blob.type).toBe(DOCX_TYPE);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    expect(docxText(bytes)).toContain("A paragraph.");
  });
});
