import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

// Which language an API answer or an export is written in: an explicit `lang` query parameter wins (and a
// bad one is refused, never silently ignored: a script asking for "de" must learn it gets English); else the
// browser's Accept-Language; else English. Accept-Language only picks the language of a response, never a
// redirect (issue 16: crawlers are not redirected).

/** The accepted values of `lang`, in the order the UN lists its languages in our contract. */
export const LANG_VALUES = LOCALES;

/** Longer headers are cut here: no browser sends more, and a hostile one costs no more than this to read. */
const MAX_HEADER_LENGTH = 1024;
const MAX_ENTRIES = 32;
// RFC 9110 §12.4.2: a weight is 0 to 1 with at most three decimals.
const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;
// RFC 5646 in its common shapes: a primary subtag of letters, then subtags of letters or digits ("zh-Hant-TW").
const LANGUAGE_RANGE = /^(\*|[a-z]{1,8})(-[a-z0-9]{1,8})*$/i;

export type LocaleChoice =
  { ok: true; locale: Locale; source: "lang" | "accept-language" | "default" } | { ok: false; value: string; locale: Locale };

/**
 * The locale the client asked for in Accept-Language, weights considered: "fr-CA;q=0.9, en;q=0.8" → fr,
 * "zh-Hant" → zh. A language we do not offer is skipped; `*` or nothing we offer → null (the caller's default).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges: { locale: Locale | "*"; quality: number; position: number }[] = [];
  const entries = header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_ENTRIES);
  entries.forEach((entry, position) => {
    const [range = "", ...parameters] = entry.split(";").map((part) => part.trim());
    if (!LANGUAGE_RANGE.test(range)) return;
    let quality = 1;
    for (const parameter of parameters) {
      const weight = QUALITY.exec(parameter.replace(/\s+/g, ""));
      if (!weight) return; // a malformed weight makes the whole entry meaningless: ignore it, not the header
      quality = Number(weight[1]);
    }
    if (quality <= 0) return; // q=0: "not this one"
    const primary = range.split("-")[0]!.toLowerCase();
    if (primary === "*") ranges.push({ locale: "*", quality, position });
    else if (isLocale(primary)) ranges.push({ locale: primary, quality, position });
  });
  // Highest weight first; among equals, the order the client wrote them in.
  ranges.sort((a, b) => b.quality - a.quality || a.position - b.position);
  const best = ranges[0];
  if (!best) return null;
  return best.locale === "*" ? DEFAULT_LOCALE : best.locale;
}

/**
 * The response's locale from `?lang=` (all its values) and Accept-Language. A `lang` that is not one of the
 * six (or two different ones) is an error the caller answers with a 400, written in the language the
 * header asked for.
 */
export function negotiateLocale(input: { lang: readonly string[]; acceptLanguage: string | null | undefined }): LocaleChoice {
  const fromHeader = localeFromAcceptLanguage(input.acceptLanguage);
  const fallback = fromHeader ?? DEFAULT_LOCALE;
  const values = [...new Set(input.lang.filter((value) => value !== ""))]; // an empty lang= is no choice, as for every parameter
  if (values.length > 1) return { ok: false, value: values.join(", "), locale: fallback };
  const [lang] = values;
  if (lang !== undefined) {
    return isLocale(lang) ? { ok: true, locale: lang, source: "lang" } : { ok: false, value: lang, locale: fallback };
  }
  return fromHeader ? { ok: true, locale: fromHeader, source: "accept-language" } : { ok: true, locale: DEFAULT_LOCALE, source: "default" };
}

/** negotiateLocale for a request: its `lang` query parameters and its Accept-Language header. */
export function negotiateRequestLocale(request: Request, url: URL = new URL(request.url)): LocaleChoice {
  return negotiateLocale({ lang: url.searchParams.getAll("lang"), acceptLanguage: request.headers.get("accept-language") });
}
