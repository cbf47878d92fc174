import { getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { UNTRANSLATED_LOCALES } from "./message-files";

/**
 * Each language's offer of the page, in that language ("This page in English"), for the browser to pick
 * from (components/language-suggestion.tsx); none for a language whose messages have not landed yet.
 */
export async function languageOffers(): Promise<Partial<Record<Locale, string>>> {
  const offered = LOCALES.filter((locale) => !UNTRANSLATED_LOCALES.includes(locale));
  const texts = await Promise.all(
    offered.map(async (locale) => (await getTranslations({ locale, namespace: "common" }))("language.suggestion")),
  );
  return Object.fromEntries(offered.map((locale, index) => [locale, texts[index]]));
}
