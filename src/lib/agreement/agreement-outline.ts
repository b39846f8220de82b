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
 * One section of the outline: the reader's saved work and own words, or a line saying which step fills it. It reads
 * only the parts of `input` its section shows (the governance section reads the tiers and the accountabilities).
 */
export function assembleSection(section: (typeof SECTIONS)[number], input: AgreementInput, locale?: string): AgreementSection {
  const { key, heading, prompt, step } = section;
  const blocks = [...(SAVED_BLOCKS[key]?.(input, locale) ?? []), ...paragraphs(input.clauses[key])];
  return { key, heading, prompt, blocks, missing: blocks.length === 0 ? nothingSaved(step) : null };
}

/** "Memorandum of understanding: Riverside Fresh Start", or without the name while there is none. */
export function agreementTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed === "" ? "Memorandum of understanding" : `Memorandum of understanding: ${trimmed}`;
}

/**
 * The memorandum-of-understanding outline, every section in order: the reader's saved work and own words, or a line
 * saying which step fills it. What a partial input leaves out counts as empty. Pure; text only.
 */
export function assembleAgreement(partial: Partial<AgreementInput>, locale?: string): AgreementOutline {
  const input: AgreementInput = { ...EMPTY_INPUT, ...partial };
  return {
    title: agreementTitle(input.name),
    notice: NOT_LEGAL_ADVICE,
    sections: SECTIONS.map((section) => assembleSection(section, input, locale)),
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
