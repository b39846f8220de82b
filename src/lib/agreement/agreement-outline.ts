import { type Block, SAVED_BLOCKS, paragraphs } from "./agreement-blocks";
import { type AgreementInput, EMPTY_INPUT } from "./agreement-input";
import { NOT_LEGAL_ADVICE, SECTIONS, type SectionKey, nothingSaved } from "./agreement-sections";

export interface AgreementSection {
  key: SectionKey;
  heading: string;
  /** One plain-language line on what the section settles. */
  prompt: string;
  /** What the reader's saved work, then their own words, put here. */
  blocks: Block[];
  /** "Nothing saved yet: step N fills this" when `blocks` is empty, else null. */
  missing: string | null;
}

export interface AgreementOutline {
  /** "Memorandum of understanding: Riverside Fresh Start". */
  title: string;
  /** The not-legal-advice statement, shown before the sections. */
  notice: string;
  sections: AgreementSection[];
}

/**
 * The memorandum-of-understanding outline, every section in order: the reader's saved work and own words, or a line
 * saying which step fills it. What a partial input leaves out counts as empty. Pure; text only.
 */
export function assembleAgreement(partial: Partial<AgreementInput>, locale?: string): AgreementOutline {
  const input: AgreementInput = { ...EMPTY_INPUT, ...partial };
  const sections = SECTIONS.map(({ key, heading, prompt, step }): AgreementSection => {
    const blocks = [...(SAVED_BLOCKS[key]?.(input, locale) ?? []), ...paragraphs(input.clauses[key])];
    return { key, heading, prompt, blocks, missing: blocks.length === 0 ? nothingSaved(step) : null };
  });
  const name = input.name.trim();
  return {
    title: name === "" ? "Memorandum of understanding" : `Memorandum of understanding: ${name}`,
    notice: NOT_LEGAL_ADVICE,
    sections,
  };
}

/** The outline as plain text (headings, prompts, paragraphs, table rows with " | " between cells), for copying and tests. */
export function agreementText(outline: AgreementOutline): string {
  const lines = [outline.title, "", outline.notice];
  for (const section of outline.sections) {
    lines.push("", section.heading, section.prompt);
    if (section.missing) lines.push(section.missing);
    for (const block of section.blocks) {
      if (block.kind === "paragraph") lines.push(block.text);
      else lines.push(block.caption, ...[block.header, ...block.rows].map((row) => row.join(" | ")));
    }
  }
  return `${lines.join("\n")}\n`;
}
