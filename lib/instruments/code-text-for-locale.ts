import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

type CodeText = {
  title: string;
  summary: string;
  commitments: { number: number; text: string; points: { position: number; text: string }[] }[];
};

export type CodeTextInLocale<T extends CodeText> = {
  /** The text to show: an official text in the page's language when one is held, else the English one. */
  text: T;
  /** The language the text is written in, for the `lang` attribute around it. */
  lang: Locale;
  /** True when the page's language has no official text here and the English one stands in (say so). */
  isEnglishFallback: boolean;
};

/**
 * The Code's text for a page in `locale`. The English text is the only one held today: every other language
 * gets it with `isEnglishFallback`, never a machine translation presented as the Code. The seam for
 * official texts entered per language (commitment by commitment, with their source): look them up here.
 */
export function codeTextForLocale<T extends CodeText>(english: T, locale: Locale): CodeTextInLocale<T> {
  return { text: english, lang: DEFAULT_LOCALE, isEnglishFallback: locale !== DEFAULT_LOCALE };
}
