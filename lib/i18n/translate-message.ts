import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { readMessageKey, type MessageValues } from "./message-key";

export type TranslateMessage = (message: string) => string;

type Translate = (key: string, values?: MessageValues) => string;

/**
 * A function that writes messages (message keys or plain text, see message-key.ts) in one locale, through
 * next-intl with an explicit locale, so that it works in route handlers and Server Actions alike.
 */
export async function messageTranslator(locale: Locale = DEFAULT_LOCALE): Promise<TranslateMessage> {
  return translatorFrom(await getTranslations({ locale }));
}

/** The same from a translator already at hand: a component's useTranslations() (no namespace: keys are full). */
export function translatorFrom(t: Translate): TranslateMessage {
  const translate: TranslateMessage = (message) => {
    const descriptor = readMessageKey(message);
    if (!descriptor) return message;
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(descriptor.values)) values[name] = typeof value === "string" ? translate(value) : value;
    return t(descriptor.key, values);
  };
  return translate;
}

/** The translator for the page being rendered (its locale from next-intl; English if it is not one of ours). */
export async function pageMessageTranslator(): Promise<TranslateMessage> {
  const locale = await getLocale();
  return messageTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE);
}

/** Every value of a field → message record, translated. */
export function translateFields(translate: TranslateMessage, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, translate(message)]));
}
