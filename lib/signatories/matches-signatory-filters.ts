import { lastDayOf } from "@/lib/dates/partial-date";
import type { PublicParticipant } from "@/lib/participants/public-participant";
import type { PublishedAction } from "./list-published-actions";
import type { SignatoryFilters } from "./signatory-filters";

// The signatory list's filters applied to rows already in memory: a past revision rebuilt from the ledger
// (lib/ledger/published-at-revision.ts). The same rules as the live query's where-clause in
// list-published-actions.ts; matches-signatory-filters.test.ts checks that both give the same rows.

/** SQLite's LIKE, which Prisma's `contains` uses: case-insensitive for ASCII letters only. */
function containsLikeSqlite(haystack: string | null | undefined, needle: string): boolean {
  if (!haystack) return false;
  const fold = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return fold(haystack).includes(fold(needle));
}

export function matchesSignatoryFilters(
  row: PublishedAction,
  filters: SignatoryFilters,
  participant?: Pick<PublicParticipant, "commonName" | "formalName">,
): boolean {
  if (filters.kind && row.kind !== filters.kind) return false;
  if (filters.region && row.region !== filters.region) return false;
  if (filters.action && row.action !== filters.action) return false;
  if (filters.year && !row.date?.startsWith(filters.year)) return false;
  if (filters.asOf) {
    const countsFrom = lastDayOf({ date: row.date, precision: row.datePrecision });
    if (countsFrom === null || countsFrom > filters.asOf) return false;
  }
  if (filters.q) {
    const q = filters.q;
    const matches =
      containsLikeSqlite(row.name, q) ||
      containsLikeSqlite(participant?.commonName, q) ||
      containsLikeSqlite(participant?.formalName, q) ||
      row.iso3 === q.toUpperCase() ||
      row.iso2 === q.toUpperCase();
    if (!matches) return false;
  }
  return true;
}
