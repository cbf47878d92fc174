import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** The path of a page in a language: "/signatories" → "/fr/signatories"; English keeps it as it is. */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The language a path is in and the path without its prefix: "/fr/signatories" → fr, "/signatories"; an
 * unprefixed path is English. ("/en/…" is English too: the address next-intl rewrites an unprefixed one to.)
 */
export function splitLocalePrefix(pathname: string): { locale: Locale; path: string } {
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    const rest = pathname.slice(first.length + 1);
    return { locale: first, path: rest === "" ? "/" : rest };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The same page in every language, for hreflang alternates: { en: "/code", fr: "/fr/code", … }. */
export function pathInEveryLocale(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, localizedPath(path, locale)])) as Record<Locale, string>;
}
