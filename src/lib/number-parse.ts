import { numberFormat } from "./intl-cache";

/** The decimal separator of a locale, "." or ",". */
export function decimalSeparator(locale?: string): "." | "," {
  const part = numberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === "decimal");
  return part?.value === "," ? "," : ".";
}

const SPACES_AND_QUOTES = /[\s\u00A0\u202F'’]/g;

/** Lakh and crore grouping, as en-IN writes 12,34,567: the thousands, then groups of two digits. */
const INDIAN_GROUPING = /^[+-]?\d{1,2}(,\d{2})+,\d{3}$/;

/**
 * Reads a number as readers type it: "1,234.5", "1.234,5", "1 234,5", "1'234.5", "12,34,567.5", "12,5".
 * Where a lone separator could be either, the locale decides, except that a comma followed by
 * other than three digits is always a decimal comma. Returns null for anything else, never NaN or Infinity.
 */
export function parseNumber(input: string, locale?: string): number | null {
  let text = input.trim().replace(/^[−–]/, "-").replace(SPACES_AND_QUOTES, "");
  if (!/^[+-]?[\d.,]+$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || fraction === undefined || fraction.includes(group)) return null;
    if (!/^[+-]?\d{1,3}([.,]\d{3})*$/.test(whole ?? "") && !(group === "," && INDIAN_GROUPING.test(whole ?? ""))) return null;
    text = `${(whole ?? "").replaceAll(group, "")}.${fraction}`;
  } else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? "." : ",";
    const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${sep}\\d{3})+$`).test(text);
    const count = text.split(sep).length - 1;
    const localeDecimal = decimalSeparator(locale);
    if ((grouped && (sep !== localeDecimal || count > 1)) || (sep === "," && INDIAN_GROUPING.test(text))) text = text.replaceAll(sep, "");
    else if (count === 1) text = text.replace(sep, ".");
    else return null;
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
