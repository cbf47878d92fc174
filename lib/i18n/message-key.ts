// A message chosen where a rule is broken (a zod schema, a domain function) and written in the reader's
// language where it is shown (a form, an API error body, an import's row errors). zod issues and AppError
// field errors carry strings, so the key and its values travel as one string, translated at that edge by
// translateMessage (lib/i18n/translate-message.ts). Plain text is left as it is: a message not yet turned
// into a key still shows, in English.

export type MessageValues = Record<string, string | number>;
export type MessageDescriptor = { key: string; values: MessageValues };

const MARK = "\u2063msg:"; // U+2063 INVISIBLE SEPARATOR: no message written by hand starts with it

/**
 * "validation.tooLong" with { label: messageKey("validation.labels.place"), max: 200 }: a value that is
 * itself a message key is translated first, so a field's name is in the same language as the sentence.
 */
export function messageKey(key: string, values: MessageValues = {}): string {
  return `${MARK}${JSON.stringify({ key, values })}`;
}

export function isMessageKey(message: string): boolean {
  return message.startsWith(MARK);
}

export function readMessageKey(message: string): MessageDescriptor | null {
  if (!isMessageKey(message)) return null;
  try {
    const parsed = JSON.parse(message.slice(MARK.length)) as Partial<MessageDescriptor>;
    if (typeof parsed.key !== "string" || typeof parsed.values !== "object" || parsed.values === null) return null;
    return { key: parsed.key, values: parsed.values };
  } catch {
    return null;
  }
}
