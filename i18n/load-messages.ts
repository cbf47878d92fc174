import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGE_AREAS, UNTRANSLATED_LOCALES, type MessageArea } from "./message-files";
import { toNamespaces, type AreaFiles } from "./message-namespaces";

type Messages = Record<string, AbstractIntlMessages>;

/**
 * One area's messages in a language. A language on UNTRANSLATED_LOCALES (its files land on their own
 * branch) is written in English, which `npm run check:messages` reports on every run; any other language
 * must have every file (the check fails on a missing key, and this fails on a missing file).
 */
async function loadArea(locale: Locale, area: MessageArea): Promise<Messages> {
  const source = UNTRANSLATED_LOCALES.includes(locale) ? "en" : locale;
  return ((await import(`../messages/${source}/${area}.json`)) as { default: Messages }).default;
}

const loaded = new Map<Locale, Promise<Record<string, AbstractIntlMessages>>>();

/** Every message of a language, in the namespaces the pages use (loaded once per process and language). */
export function loadMessages(locale: Locale): Promise<Record<string, AbstractIntlMessages>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(MESSAGE_AREAS.map((area) => loadArea(locale, area))).then((files) =>
      toNamespaces(Object.fromEntries(MESSAGE_AREAS.map((area, index) => [area, files[index]!])) as AreaFiles),
    );
    loaded.set(locale, messages);
  }
  return messages;
}
