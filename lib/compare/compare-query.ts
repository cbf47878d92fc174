import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db";
import { getLedgerRange } from "@/lib/ledger/read-ledger";
import { resolveRevision, revisionSchema, type RevisionChoice } from "@/lib/ledger/revision-parameter";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";

// The compare contract, shared by /compare and /api/v1/compare: two days (`from`, `to`, optionally at a
// `revision`) or two revisions (`fromRevision`, and `toRevision` defaulting to the current one).

const day = signatoryFiltersSchema.shape.asOf;

export const compareQuerySchema = z.object({
  from: day.meta({ description: "First day, YYYY-MM-DD (with `to`)", format: "date", example: "2018-09-28" }),
  to: day.meta({ description: "Second day, YYYY-MM-DD, on or after `from`", format: "date", example: "2019-07-15" }),
  revision: revisionSchema.optional().meta({ description: "Compare two days in the record as published at this revision" }),
  fromRevision: revisionSchema.optional().meta({ description: "The earlier version of the record (instead of two days)" }),
  toRevision: revisionSchema.optional().meta({ description: "The later version (default: the current one)" }),
});

export type CompareRequest =
  | { mode: "none" }
  | { mode: "days"; from: string; to: string; revision: number | undefined }
  | { mode: "revisions"; from: number; to: number };

/** notInLedger: every problem is a well-formed revision the ledger does not hold (the API answers 404, not 400). */
export type CompareParse =
  | { ok: true; request: CompareRequest }
  | { ok: false; fields: Partial<Record<keyof z.input<typeof compareQuerySchema>, string>>; notInLedger?: boolean };

const onlyNotInLedger = (...choices: RevisionChoice[]) =>
  choices.some((choice) => !choice.ok) && choices.every((choice) => choice.ok || choice.problem === "not-in-ledger");

const FIELDS = Object.keys(compareQuerySchema.shape) as (keyof typeof compareQuerySchema.shape)[];

export async function parseCompareQuery(db: Database, query: URLSearchParams | Record<string, string | undefined>): Promise<CompareParse> {
  const raw = Object.fromEntries(FIELDS.map((key) => [key, (query instanceof URLSearchParams ? query.get(key) : query[key]) || undefined]));
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  const parsed = compareQuerySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path[0] as (typeof FIELDS)[number]] ??= issue.message;
    return { ok: false, fields };
  }
  const { from, to, revision, fromRevision, toRevision } = parsed.data;
  const byDays = from !== undefined || to !== undefined || revision !== undefined;
  const byRevisions = fromRevision !== undefined || toRevision !== undefined;
  if (byDays && byRevisions) return { ok: false, fields: { fromRevision: "Compare either two days or two revisions, not both at once" } };

  if (byDays) {
    if (!from) fields.from = "Give the first day, e.g. 2018-09-28";
    if (!to) fields.to = "Give the second day, e.g. 2019-07-15";
    if (from && to && from > to) fields.to = "The second day must be on or after the first";
    const pinned = await resolveRevision(db, revision);
    if (Object.keys(fields).length > 0 || !from || !to)
      return { ok: false, fields: { ...fields, ...(pinned.ok ? {} : { revision: pinned.message }) } };
    if (!pinned.ok) return { ok: false, fields: { revision: pinned.message }, notInLedger: pinned.problem === "not-in-ledger" };
    return { ok: true, request: { mode: "days", from, to, revision: pinned.revision } };
  }

  if (byRevisions) {
    if (!fromRevision) return { ok: false, fields: { fromRevision: "Give the earlier revision, e.g. 12" } };
    const earlier = await resolveRevision(db, fromRevision);
    const range = await getLedgerRange(db);
    const later = toRevision === undefined ? ({ ok: true, revision: range?.last } as const) : await resolveRevision(db, toRevision);
    if (!earlier.ok) fields.fromRevision = earlier.message;
    if (!later.ok) fields.toRevision = later.message;
    if (!earlier.ok || !later.ok || earlier.revision === undefined || later.revision === undefined) {
      return { ok: false, fields, notInLedger: onlyNotInLedger(earlier, later) };
    }
    if (earlier.revision > later.revision) return { ok: false, fields: { toRevision: "Choose a revision at or after the earlier one" } };
    return { ok: true, request: { mode: "revisions", from: earlier.revision, to: later.revision } };
  }
  return { ok: true, request: { mode: "none" } };
}
