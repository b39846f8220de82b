/**
 * Loads storage-code.ts: every tool's schema and the storage core, about half of /plan/'s code. A reader with nothing
 * saved who does not import a file never needs it.
 */
export const loadStorageCode = () => import("./storage-code");
