import "server-only";
import { databaseUrlOf, type Database } from "@/lib/db";
import { readRecordRevision } from "@/lib/record/record-revision";
import { getLedgerHead } from "./read-ledger";

/** Which version of the public record a page or a file shows: what its citation names. */
export type RecordVersion = {
  revision: number;
  /** False when a past revision was asked for with ?revision=N. */
  isCurrent: boolean;
  /** The hash of the last ledger entry at this revision (null before anything was published). */
  ledgerHead: string | null;
  ledgerSequence: number | null;
  /** When this revision's last public change was recorded (ISO 8601), or null. */
  publishedAt: string | null;
};

/** The version at `revision`, or the current one. Read before the data, so a change landing in between shows up on the next request. */
export async function getRecordVersion(db: Database, revision?: number): Promise<RecordVersion> {
  const at = revision ?? (await readRecordRevision(db, databaseUrlOf(db)));
  const head = await getLedgerHead(db, at);
  return {
    revision: at,
    isCurrent: revision === undefined,
    ledgerHead: head?.hash ?? null,
    ledgerSequence: head?.sequence ?? null,
    publishedAt: head?.recordedAt ?? null,
  };
}
