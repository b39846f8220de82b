import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toBase64Url } from "~/lib/share/base64url";
import { deflateRaw } from "~/lib/share/deflate";
import { MAX_LINK_CHARS, decodeShare, encodeShare, makeShareLink, shareLink } from "~/lib/share/share-link";

const ORIGIN = "https://guide.pivotpath.example";
const EXPORT = JSON.stringify({
  app: "pivotpath",
  kind: "workspace",
  format: 1,
  records: { goals: { name: "Tom & Jerry’s <b>co-op</b> 🌱" } },
});

/** A fragment whose check is right for whatever bytes it carries, as only a hand-made link would be. */
async function signed(payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const text = toBase64Url(payload);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`v1.${text.length}.${text}`)));
  return `v1.${text.length}.${toBase64Url(digest.subarray(0, 12))}.${text}`;
}

/** The same character at `at`, replaced by another base64url character. */
function changeAt(text: string, at: number): string {
  const other = text[at] === "A" ? "B" : "A";
  return text.slice(0, at) + other + text.slice(at + 1);
}

describe("encodeShare and decodeShare", () => {
  it("gives back the very text, through a link with only safe characters", async () => {
    const fragment = await encodeShare(EXPORT);
    expect(fragment).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    await expect(decodeShare(fragment)).resolves.toEqual({ ok: true, text: EXPORT });
    await expect(decodeShare(`#${fragment}`)).resolves.toEqual({ ok: true, text: EXPORT });
  });

  it("round-trips any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 400 }), async (text) => {
        expect(await decodeShare(await encodeShare(text))).toEqual({ ok: true, text });
      }),
      { numRuns: 150 },
    );
  });

  it("says a link cut at any point was cut, and never reads it", async () => {
    const fragment = await encodeShare(EXPORT);
    const points = [0, 1, 2, 3, 5, fragment.indexOf(".", 3) + 4, fragment.lastIndexOf("."), fragment.lastIndexOf(".") + 1];
    for (const at of [...points, Math.floor(fragment.length / 2), fragment.length - 1]) {
      const read = await decodeShare(fragment.slice(0, at));
      expect(read, `cut at ${at}`).toEqual({ ok: false, message: expect.stringMatching(/^The link was cut short/) });
    }
  });

  it("says a link with one character changed in its check or contents was edited", async () => {
    const fragment = await encodeShare(EXPORT);
    const checkStart = fragment.indexOf(".", 3) + 1;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: checkStart, max: fragment.length - 1 }), async (at) => {
        fc.pre(fragment[at] !== ".");
        const read = await decodeShare(changeAt(fragment, at));
        expect(read).toEqual({ ok: false, message: expect.stringMatching(/^The link was changed after it was made/) });
      }),
      { numRuns: 100 },
    );
  });

  it("never accepts a link with any one character changed", async () => {
    const fragment = await encodeShare(EXPORT);
    for (let at = 0; at < fragment.length; at++) {
      const read = await decodeShare(changeAt(fragment, at));
      expect(read.ok, `changed at ${at}`).toBe(false);
    }
  });

  it.each([
    ["v2", /newer version of this guide/],
    ["v0", /format version is not one this guide knows/],
    ["v17", /newer version of this guide/],
  ])("refuses the unknown version %s", async (version, message) => {
    const fragment = (await encodeShare(EXPORT)).replace(/^v1/, version);
    await expect(decodeShare(fragment)).resolves.toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it.each(["hello", "#not-a-link", "x1.2.3.4", '{"app":"pivotpath"}', "%3Cscript%3E", "v1.12.abc.def.ghi"])(
    "refuses what is not a share link: %s",
    async (garbage) => {
      const read = await decodeShare(garbage);
      expect(read.ok).toBe(false);
    },
  );

  it("refuses random text, never throwing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        expect((await decodeShare(text)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("says when signed contents do not decompress, or not into text", async () => {
    const notDeflate = await signed(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x13, 0x37]));
    await expect(decodeShare(notDeflate)).resolves.toEqual({ ok: false, message: expect.stringMatching(/do not decompress:/) });
    const notText = await signed(await deflateRaw(new Uint8Array([0xc3, 0x28, 0xff])));
    await expect(decodeShare(notText)).resolves.toEqual({ ok: false, message: expect.stringMatching(/do not decompress into text/) });
  });

  it("refuses a link longer than any the guide makes, and contents that unpack past 5 MB", async () => {
    await expect(decodeShare(`v1.${"A".repeat(MAX_LINK_CHARS)}`)).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/holds more than any plan/),
    });
    const bomb = await signed(await deflateRaw(new Uint8Array(6 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    await expect(decodeShare(bomb)).resolves.toEqual({ ok: false, message: expect.stringMatching(/holds more than any plan/) });
  });
});

describe("makeShareLink", () => {
  it("puts the fragment after /plan/view/#", async () => {
    const made = await makeShareLink(ORIGIN, EXPORT);
    expect(made).toEqual({ ok: true, link: shareLink(ORIGIN, await encodeShare(EXPORT)) });
    if (made.ok) expect(made.link.startsWith(`${ORIGIN}/plan/view/#v1.`)).toBe(true);
  });

  it("refuses a plan whose link would pass 32,768 characters, saying how long it would be", async () => {
    // Text that does not compress: random digits.
    const digits = Array.from({ length: 60_000 }, (_, i) => String((i * 7919 + (i >> 3) * 104_729) % 10)).join("");
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(40_000)), (b) => b.toString(16).padStart(2, "0")).join("");
    for (const text of [digits + noise]) {
      const made = await makeShareLink(ORIGIN, text);
      expect(made.ok).toBe(false);
      if (!made.ok) {
        expect(made.length).toBeGreaterThan(MAX_LINK_CHARS);
        expect(made.message).toMatch(/too large for a share link: the link would be [\d,]+ characters.*32,768.*Download a read-only copy/);
      }
    }
  });

  it("accepts a link of exactly the limit and refuses one character more", async () => {
    const made = await makeShareLink(ORIGIN, EXPORT);
    if (!made.ok) throw new Error(made.message);
    const fits = MAX_LINK_CHARS - made.link.length;
    await expect(makeShareLink(ORIGIN + "x".repeat(fits), EXPORT)).resolves.toMatchObject({ ok: true });
    await expect(makeShareLink(ORIGIN + "x".repeat(fits + 1), EXPORT)).resolves.toMatchObject({ ok: false });
  });
});
