import type { Locale } from "@/lib/i18n/locales";

// The message files every language has, one per area of the site (messages/<locale>/<area>.json), so that
// work on the editor and on the public pages does not collide in one large file. The key check
// (scripts/check-messages.ts) and the loader (i18n/load-messages.ts) both read this list.
export const MESSAGE_AREAS = [
  "api",
  "common",
  "editor",
  "evidence",
  "exports",
  "import",
  "ledger",
  "public",
  "review",
  "validation",
] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];

/**
 * Languages whose messages/<locale>/ is not in the repository yet: their pages are written in English (the
 * one explicit fallback, in i18n/load-messages.ts), and `npm run check:messages` names them on every run.
 * It fails as soon as one of them has a folder: take it off this list then, and from that moment every
 * missing key fails the check. Empty once the translations have landed.
 */
export const UNTRANSLATED_LOCALES: readonly Locale[] = [];
