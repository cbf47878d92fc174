import { LOCALES, type Locale } from "./locales";

// The five UN languages other than English: the record's own texts are English, and names and official
// texts in these languages come from maintained data or from administrators.

export type TranslatedLocale = Exclude<Locale, "en">;

export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is TranslatedLocale => locale !== "en");

export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return typeof value === "string" && (TRANSLATED_LOCALES as readonly string[]).includes(value);
}
