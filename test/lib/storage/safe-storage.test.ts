import { describe, expect, it } from "vitest";
import { classifyStorageError, keysWithPrefix, readItem, writeItem } from "~/lib/storage/safe-storage";
import { FakeStorage, domError } from "../../support/fake-storage";

describe("classifyStorageError", () => {
  it.each([
    [domError("QuotaExceededError", 22), "quota"],
    [domError("NS_ERROR_DOM_QUOTA_REACHED", 1014), "quota"],
    [domError("UnknownName", 22), "quota"],
    [domError("SecurityError", 18), "blocked"],
    [new TypeError("boom"), "unknown"],
    ["a string", "unknown"],
    [null, "unknown"],
  ])("names %s as %s", (error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });
});

describe("guarded access", () => {
  it("answers instead of throwing", () => {
    const storage = new FakeStorage();
    storage.failWrites = domError("QuotaExceededError", 22);
    expect(writeItem(storage, "k", "v")).toEqual({ ok: false, problem: "quota" });
    storage.failReads = domError("SecurityError", 18);
    expect(readItem(storage, "k")).toEqual({ ok: false, problem: "blocked" });
    expect(readItem(null, "k")).toEqual({ ok: false, problem: "unavailable" });
  });

  it("lists keys by prefix, sorted", () => {
    const storage = new FakeStorage();
    for (const key of ["pivotpath:b", "other", "pivotpath:a"]) storage.setItem(key, "1");
    expect(keysWithPrefix(storage, "pivotpath:")).toEqual(["pivotpath:a", "pivotpath:b"]);
  });
});
