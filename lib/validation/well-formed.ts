import { withoutControlCharacters } from "./fields";

/**
 * Every string written is well-formed text. Control characters but tab and line feed are stripped: the
 * form helpers (lib/validation/fields.ts) strip them first, so that a required field of nothing else is
 * refused; this is the backstop for every other field. And a lone UTF-16 surrogate ("\ud800", which
 * JSON.parse happily produces) makes Prisma fail serialising the query ("unexpected end of hex escape")
 * with an unknown-request error, i.e. a 500, whatever field it arrives in: it becomes U+FFFD, as browsers
 * do for form data, so a hostile string is just an odd string: validation refuses it or it is stored.
 * Plain objects and arrays only — Dates, Buffers and Prisma's own SQL objects pass unchanged.
 */
export function toWellFormed(value: unknown): unknown {
  if (typeof value === "string") return withoutControlCharacters(value.isWellFormed() ? value : value.toWellFormed());
  if (Array.isArray(value)) return value.map(toWellFormed);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWellFormed(item)]));
  }
  return value;
}
