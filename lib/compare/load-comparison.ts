import "server-only";
import type { Database } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getRecordVersion, type RecordVersion } from "@/lib/ledger/get-record-version";
import { listPublishedActionsAtRevision } from "@/lib/ledger/published-at-revision";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { compareDays, type DaysComparison } from "./compare-days";
import type { CompareRequest } from "./compare-query";
import { compareRevisions, type RevisionsComparison } from "./compare-revisions";

export type Comparison =
  { mode: "days"; version: RecordVersion; result: DaysComparison } | { mode: "revisions"; result: RevisionsComparison };

/** The comparison a parsed request asks for (days now or at a revision; or two revisions). */
export async function loadComparison(db: Database, request: Exclude<CompareRequest, { mode: "none" }>): Promise<Comparison> {
  if (request.mode === "revisions") return { mode: "revisions", result: await compareRevisions(db, request.from, request.to) };
  const everything = signatoryFiltersSchema.parse({});
  const version = await getRecordVersion(db, request.revision);
  const rows =
    request.revision === undefined
      ? await listPublishedActions(db, (await getInstrument(db)).id, everything)
      : await listPublishedActionsAtRevision(db, everything, request.revision);
  return { mode: "days", version, result: compareDays(rows, request.from, request.to) };
}
