import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { z } from "zod";
import type { Database } from "@/lib/db";
import { getLedgerRange } from "./read-ledger";

// `?revision=N` on /signatories, /signatories/[code], /api/v1/signatories, /api/v1/datapackage.zip and
// /compare: the public record exactly as published at revision N, rebuilt from the ledger.

/** At most 15 digits: any larger number is not a revision this record will reach, and stays exact in JSON. */
export const REVISION_PATTERN = /^[1-9][0-9]{0,14}$/;

export const revisionSchema = z
  .string()
  .regex(REVISION_PATTERN, { message: messageKey("validation.revisions.form") })
  .meta({
    description: "A record revision (see GET /api/v1/ledger): the record exactly as published then. Leave out for the current record.",
    example: "12",
  });

/**
 * malformed: not a revision number at all (the API answers 400); not-in-ledger: a well-formed number the
 * ledger does not hold, before its first revision or after the current one (the API answers 404).
 */
export type RevisionChoice =
  { ok: true; revision: number | undefined } | { ok: false; problem: "malformed" | "not-in-ledger"; message: string };

/** Reads `revision` from a query value: undefined for the current record, or a revision the ledger can rebuild. */
export async function resolveRevision(db: Database, raw: string | null | undefined): Promise<RevisionChoice> {
  if (raw === null || raw === undefined || raw === "") return { ok: true, revision: undefined };
  const parsed = revisionSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, problem: "malformed", message: parsed.error.issues[0]?.message ?? messageKey("validation.revisions.form") };
  const revision = Number(parsed.data);
  const range = await getLedgerRange(db);
  if (!range) return { ok: false, problem: "not-in-ledger", message: messageKey("validation.revisions.nothingPublished") };
  if (revision > range.last) {
    return {
      ok: false,
      problem: "not-in-ledger",
      message: messageKey("validation.revisions.beyond", { first: range.first, last: range.last }),
    };
  }
  if (revision < range.first) {
    return {
      ok: false,
      problem: "not-in-ledger",
      message: messageKey("validation.revisions.before", { revision, first: range.first, last: range.last }),
    };
  }
  return { ok: true, revision };
}
