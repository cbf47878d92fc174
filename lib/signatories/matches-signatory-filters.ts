import { lastDayOf } from "@/lib/dates/partial-date";
import { matchesParticipantQuery, type SearchableParticipant } from "@/lib/participants/participant-search";
import type { PublishedAction } from "./list-published-actions";
import type { SignatoryFilters } from "./signatory-filters";

// The signatory list's filters applied to rows already in memory: a past revision rebuilt from the ledger
// (lib/ledger/published-at-revision.ts). The same rules as the live query in list-published-actions.ts,
// which searches names with the same function (matchesParticipantQuery).

export function matchesSignatoryFilters(row: PublishedAction, filters: SignatoryFilters, participant?: SearchableParticipant): boolean {
  if (filters.kind && row.kind !== filters.kind) return false;
  if (filters.region && row.region !== filters.region) return false;
  if (filters.action && row.action !== filters.action) return false;
  if (filters.year && !row.date?.startsWith(filters.year)) return false;
  if (filters.asOf) {
    const countsFrom = lastDayOf({ date: row.date, precision: row.datePrecision });
    if (countsFrom === null || countsFrom > filters.asOf) return false;
  }
  if (filters.q && !matchesParticipantQuery(participant ?? row, filters.q)) return false;
  return true;
}
