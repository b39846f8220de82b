import * as docx from "docx";
import { describe, expect, it } from "vitest";
import { agreementWord } from "~/lib/agreement/agreement-docx";
import { assembleAgreement } from "~/lib/agreement/agreement-outline";
import { NOT_LEGAL_ADVICE } from "~/lib/agreement/agreement-sections";
import { wordDocument } from "~/lib/document/docx";
import { docxText } from "../../support/docx-text";

/** The text of the Word file's body, runs joined per paragraph. */
async function documentText(outline: ReturnType<typeof assembleAgreement>): Promise<string> {
  const buffer = await docx.Packer.toBuffer(wordDocument(docx, agreementWord(outline)));
  return docxText(new Uint8Array(buffer));
}

describe("agreementWord", () => {
  it("carries the notice, every section, the parties and the reader's words", async () => {
    const outline = assembleAgreement({
      name: "Riverside Fresh Start",
      parties: [{ name: "Eastside Food Bank", kind: "Nonprofit", contactRole: "Director", brings: "Staff" }],
      goals: [{ title: "Fresh produce for 400 households", owner: "Programs director" }],
      clauses: { data: "Card numbers only." },
    });
    const text = await documentText(outline);
    expect(text).toContain("Memorandum of understanding: Riverside Fresh Start");
    expect(text).toContain(NOT_LEGAL_ADVICE);
    expect(text).toContain("Eastside Food Bank");
    expect(text).toContain("Fresh produce for 400 households");
    expect(text).toContain("Card numbers only.");
    expect(text).toContain("13. Signatures");
    expect(text).toContain("Nothing saved yet: step 5 fills this.");
  });

  it("writes markup in a name as text", async () => {
    const name = `<b>"Tom & Jerry's"</b>`;
    const text = await documentText(assembleAgreement({ parties: [{ name, kind: "", contactRole: "", brings: "" }] }));
    expect(text).toContain(name);
  });
});
