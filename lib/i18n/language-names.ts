import { LOCALES, type Locale } from "./locales";

/**
 * Each language's name in that language ("Français", "العربية", "中文"), from CLDR through Intl.DisplayNames:
 * the same in every page's language, so not a message to translate. Capitalised as a menu item is.
 */
export function nameInItsOwnLanguage(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function languageChoices(): { locale: Locale; name: string }[] {
  return LOCALES.map((locale) => ({ locale, name: nameInItsOwnLanguage(locale) }));
}
