import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

// Field rules shared by every form schema: one wording for each kind of mistake.

/**
 * C0 control characters but tab and line feed (so CR goes: CRLF from a textarea becomes LF), DEL and the
 * C1 controls. Invisible on a page, they reach exports and terminals (a NUL ends a C string). Stripped
 * from text as a form submits it, before trimming and length checks, and again from every string written
 * to the database (lib/db.ts), for fields that do not use these helpers.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

/** Text as stored: control characters stripped, then trimmed. */
export const cleanText = (params?: { message: string }) => z.string(params).overwrite(withoutControlCharacters).trim();

/**
 * A field's name inside a message, as a message key (validation.labels.*, see labels.ts), so that the
 * sentence and the name are written in the same language (lib/i18n/message-key.ts).
 */
export type FieldLabel = string;

/** "{label} is too long: use at most {max} characters", in the reader's language. */
export const tooLongMessage = (label: FieldLabel, max: number) => messageKey("validation.fields.tooLong", { label, max });

/** Optional free text: trimmed, empty → null, bounded. */
export const optionalText = (label: FieldLabel, max: number) =>
  cleanText()
    .max(max, { message: tooLongMessage(label, max) })
    .optional()
    .transform((value) => (value ? value : null));

/** Required free text: `missing` is the whole "Enter …" sentence (a key), since a name inside it may need another form. */
export const requiredText = (label: FieldLabel, max: number, missing: string) =>
  cleanText({ message: missing })
    .min(1, { message: missing })
    .max(max, { message: tooLongMessage(label, max) });

export const URL_MAX_LENGTH = 2000;

/**
 * Optional web address: only http(s), so no `javascript:` or `data:` link can reach a page. Stored in its
 * normalised form (`new URL(…).href`: scheme and host in lower case, spaces and non-ASCII percent-encoded,
 * an IDN host in punycode), so that a stored value is always a valid URL for every reader of the open data.
 * The length is checked on what is stored.
 */
export const optionalHttpUrl = (label: FieldLabel) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isHttpUrl(value), {
      message: messageKey("validation.fields.notHttpUrl", { label }),
    })
    .transform((value) => (value === null ? null : normaliseHttpUrl(value)))
    .refine((value) => value === null || value.length <= URL_MAX_LENGTH, {
      message: tooLongMessage(label, URL_MAX_LENGTH),
    });

/** The WHATWG serialisation of an http(s) address (the form stored); other text is returned unchanged. */
export function normaliseHttpUrl(value: string): string {
  return isHttpUrl(value) ? new URL(value).href : value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** zod issues → one message per field (the first), keyed by the top-level field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Which saved record a form edits, and the version the editor started from (optimistic concurrency). */
export const editedRecordFields = {
  id: z.string().min(1).max(40),
  version: z.coerce
    .number({ message: messageKey("validation.fields.reload") })
    .int()
    .min(1),
};
