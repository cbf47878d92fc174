import type { SignatoriesDocument } from "@/lib/api/schema";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// A list stands at one of two moments, and every file says which (docs/open-data.md, "Today"):
// - as of a day (the asOf filter): the actions dated on or before that day; undated ones cannot be placed;
// - the current record (no asOf): every published action, undated ones included, as at generation time.
// The two differ even when the day is today (an undated accession), so they never share a file name.

type ListMoment = Pick<SignatoriesDocument, "asOf" | "generatedAt">;

/** The UTC day a list was generated on. */
export function generatedOn(document: Pick<SignatoriesDocument, "generatedAt">): string {
  return document.generatedAt.slice(0, 10);
}

/**
 * `signatories-<instrument-slug>-as-of-<YYYY-MM-DD>.<ext>` for a list as of a day, and
 * `signatories-<instrument-slug>-current-<YYYY-MM-DD>.<ext>` (the day of generation) for the current record.
 * A past revision's is `signatories-<instrument-slug>-revision-<N>.<ext>`, with `-as-of-<day>` when one was chosen.
 */
export function signatoriesFilename(instrumentSlug: string, moment: ListMoment, format: ExportFormat, revision?: number): string {
  const safeSlug = instrumentSlug.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  if (revision !== undefined) return `signatories-${safeSlug}-revision-${revision}${moment.asOf ? `-as-of-${moment.asOf}` : ""}.${format}`;
  const when = moment.asOf ? `as-of-${moment.asOf}` : `current-${generatedOn(moment)}`;
  return `signatories-${safeSlug}-${when}.${format}`;
}
