// Creating an Intl formatter costs tens of microseconds (several times that on a slow phone) while using one costs about one,
// and a filled-in tool formats a few hundred amounts and dates per render: each locale-and-options combination is created once.

/** Past this many cached formatters the cache starts again, so it cannot grow without bound. */
const MAX_CACHED = 200;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    // Created before it is stored: options Intl refuses throw here, exactly as the constructor would, and are never cached.
    formatter = create();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A formatter's place in its cache: the locale, then the caller's key for the options, or else the options as JSON. */
function formatterKey(locale: string | undefined, options: object, key: string | undefined): string {
  return `${locale ?? ""}|${key === undefined ? JSON.stringify(options) : `#${key}`}`;
}

/**
 * The same as `new Intl.NumberFormat(locale, options)`, created once per locale and options. `key`, when given, must name
 * the options exactly (callers formatting many amounts pass one to skip writing the options out as JSON for every amount).
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}, key?: string): Intl.NumberFormat {
  return cached(numberFormats, formatterKey(locale, options, key), () => new Intl.NumberFormat(locale, options));
}

/** The same as `new Intl.DateTimeFormat(locale, options)`, created once per locale and options; `key` as for numberFormat. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}, key?: string): Intl.DateTimeFormat {
  return cached(dateFormats, formatterKey(locale, options, key), () => new Intl.DateTimeFormat(locale, options));
}

/** The same as `new Intl.DisplayNames(locale, { type: "currency" })`, created once per locale. */
export function currencyNames(locale: string | undefined): Intl.DisplayNames {
  return cached(displayNames, locale ?? "", () => new Intl.DisplayNames(locale, { type: "currency" }));
}
