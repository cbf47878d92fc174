import { todayIso } from "@/lib/dates/partial-date";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The as-of day of an export: the asOf filter when given, else today (UTC). */
export function exportAsOf(asOf: string | undefined, now: Date = new Date()): string {
  return asOf ?? todayIso(now);
}

/**
 * `signatories-<instrument-slug>-as-of-<YYYY-MM-DD>.<ext>`: every download of the list is named this way;
 * a past revision's adds `-revision-<N>` before the as-of day.
 */
export function signatoriesFilename(instrumentSlug: string, asOf: string, format: ExportFormat, revision?: number): string {
  const safeSlug = instrumentSlug.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  return `signatories-${safeSlug}${revision === undefined ? "" : `-revision-${revision}`}-as-of-${asOf}.${format}`;
}
