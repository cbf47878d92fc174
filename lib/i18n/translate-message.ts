import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { readMessageKey, type MessageValues } from "./message-key";

export type TranslateMessage = (message: string) => string;

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/**
 * A function that writes messages (message keys or plain text, see message-key.ts) in one locale, through
 * next-intl with an explicit locale, so that it works in route handlers and Server Actions alike.
 */
export async function messageTranslator(locale: Locale = DEFAULT_LOCALE): Promise<TranslateMessage> {
  const t = (await getTranslations({ locale })) as unknown as Translate & ((key: string, values?: MessageValues) => string);
  const translate: TranslateMessage = (message) => {
    const descriptor = readMessageKey(message);
    if (!descriptor) return message;
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(descriptor.values)) values[name] = typeof value === "string" ? translate(value) : value;
    return t(descriptor.key, values);
  };
  return translate;
}

/** Every value of a field → message record, translated. */
export function translateFields(translate: TranslateMessage, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, translate(message)]));
}
