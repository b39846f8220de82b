import { fromBase64Url, toBase64Url } from "./base64url";
import { deflateRaw, inflateRaw } from "./deflate";

/**
 * A share link carries a workspace export in its fragment (after "#", which browsers never send to a server):
 * `v1.<payload length>.<check>.<payload>`, the payload being the export's UTF-8 bytes, raw-DEFLATEd, in base64url, and
 * the check the first 12 bytes of the SHA-256 of `v1.<length>.<payload>`, in base64url. The length tells a cut link
 * from an edited one.
 */
export const SHARE_VERSION = 1;
/** Longest whole link offered: mail programs and chat apps cut longer ones. */
export const MAX_LINK_CHARS = 32_768;
/** Where a share link opens, from the site's origin. */
export const SHARE_PATH = "/plan/view/";

const CHECK_BYTES = 12;
/** Most a link may unpack to: the import's own limit (5 MB, MAX_IMPORT_BYTES), kept here so this module loads without the storage core. */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;
const WHOLE = /^v(\d+)\.(\d+)\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)$/;
/** What is left of a link cut before its payload begins. */
const CUT_EARLY = /^(v|v\d+|v\d+\.\d*|v\d+\.\d+\.[A-Za-z0-9_-]{0,16})$/;

export type ShareRead = { ok: true; text: string } | { ok: false; message: string };

/** The check of everything before it and after it: any character changed, even a padding bit, changes it. */
async function checkOf(version: string, length: string, text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${version}.${length}.${text}`)));
  return toBase64Url(digest.subarray(0, CHECK_BYTES));
}

/** The fragment (without "#") that carries `exportJson`. */
export async function encodeShare(exportJson: string): Promise<string> {
  const payload = await deflateRaw(new Uint8Array(new TextEncoder().encode(exportJson)));
  const text = toBase64Url(payload);
  const [version, length] = [`v${SHARE_VERSION}`, String(text.length)];
  return `${version}.${length}.${await checkOf(version, length, text)}.${text}`;
}

export function shareLink(origin: string, fragment: string): string {
  return `${origin}${SHARE_PATH}#${fragment}`;
}

const CUT = "The link was cut short: part of it is missing, as happens when a long link is copied partly or wrapped by a mail program.";
const EDITED = "The link was changed after it was made: its check does not match what it holds.";
const TOO_LARGE = "The link holds more than any plan of this guide: it was refused unread.";

/** A link's fragment (with or without "#") read back to the export text it carries, or what is wrong, in words. */
export async function decodeShare(fragment: string): Promise<ShareRead> {
  const link = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (link.length > MAX_LINK_CHARS) return { ok: false, message: TOO_LARGE };
  if (link === "" || CUT_EARLY.test(link)) return { ok: false, message: CUT };
  const version = /^v(\d+)\./.exec(link);
  if (!version) return { ok: false, message: "This is not a PivotPath share link: what follows “#” is not what the guide writes." };
  if (Number(version[1]) !== SHARE_VERSION) {
    return {
      ok: false,
      message:
        Number(version[1]) > SHARE_VERSION
          ? "The link was made by a newer version of this guide. Reload the page to get the newest version, then open the link again."
          : "The link's format version is not one this guide knows.",
    };
  }
  const parts = WHOLE.exec(link);
  if (!parts) return { ok: false, message: EDITED };
  const [, , declared, check, text] = parts as unknown as [string, string, string, string, string];
  if (text.length < Number(declared)) return { ok: false, message: CUT };
  if ((await checkOf(`v${SHARE_VERSION}`, declared, text)) !== check) return { ok: false, message: EDITED };
  const payload = fromBase64Url(text);
  if (!payload) return { ok: false, message: EDITED };
  const inflated = await inflateRaw(payload, MAX_TEXT_BYTES);
  if (inflated === "too large") return { ok: false, message: TOO_LARGE };
  if (inflated === "broken") return { ok: false, message: "The link's contents do not decompress: it was not made by this guide." };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: "The link's contents do not decompress into text: it was not made by this guide." };
  }
}

export type ShareLinkResult = { ok: true; link: string } | { ok: false; length: number; message: string };

/** The whole link for `exportJson` when it fits in MAX_LINK_CHARS; otherwise why not, in words. */
export async function makeShareLink(origin: string, exportJson: string): Promise<ShareLinkResult> {
  const link = shareLink(origin, await encodeShare(exportJson));
  if (link.length <= MAX_LINK_CHARS) return { ok: true, link };
  const grouped = (n: number) => n.toLocaleString("en");
  return {
    ok: false,
    length: link.length,
    message: `The plan is too large for a share link: the link would be ${grouped(link.length)} characters, and links longer than ${grouped(MAX_LINK_CHARS)} are cut by browsers and mail programs. Download a read-only copy instead and send that file.`,
  };
}
