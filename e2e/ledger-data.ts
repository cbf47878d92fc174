import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { lastDayOf } from "@/lib/dates/partial-date";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { ACTION_SNAPSHOT_SELECT } from "@/lib/participant-actions/action-fields";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import type { TEST_PARTICIPANTS } from "./fixtures";

// Data the ledger tests write, only on their own participants, through the seams every editor's save goes
// through (writeAuditEntry with isPublic, one revision per transaction), so the ledger records it.

export type LedgerParticipant = (typeof TEST_PARTICIPANTS.ledger)[number];

const ACTOR = { id: null, name: "Ledger e2e" };

type ActionFields = { action: "signature" | "accession" | "withdrawal"; date: string; place: string; signerName?: string };

/** A published action with its public audit entry; returns its id and the revision it produced. */
export async function publishAction(db: Database, code: LedgerParticipant, fields: ActionFields) {
  return db.$transaction(async (tx) => {
    const [instrument, participant] = await Promise.all([
      tx.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG }, select: { id: true } }),
      tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } }),
    ]);
    const action = await tx.participantAction.create({
      data: {
        ...fields,
        instrumentId: instrument.id,
        participantId: participant.id,
        datePrecision: "day",
        countsFrom: lastDayOf({ date: fields.date, precision: "day" }),
        verification: "official_statement",
        status: "published",
        publishedAt: new Date(),
      },
      select: ACTION_SNAPSHOT_SELECT,
    });
    await writeAuditEntry(tx, {
      actor: ACTOR,
      action: fields.action === "withdrawal" ? "signature.withdraw" : "signature.create",
      entityType: "signature",
      entityId: action.id,
      participantId: participant.id,
      after: action,
      isPublic: true,
    });
    return { id: action.id, revision: await bumpRecordRevision(tx) };
  });
}

/** A public correction of one action's place, with its reason; returns the revision it produced. */
export async function correctPlace(db: Database, id: string, place: string, reason: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const before = await tx.participantAction.findUniqueOrThrow({ where: { id }, select: ACTION_SNAPSHOT_SELECT });
    const after = await tx.participantAction.update({
      where: { id },
      data: { place, version: { increment: 1 } },
      select: ACTION_SNAPSHOT_SELECT,
    });
    await writeAuditEntry(tx, {
      actor: ACTOR,
      action: "signature.update",
      entityType: "signature",
      entityId: id,
      participantId: after.participantId,
      before,
      after,
      reason,
      isPublic: true,
    });
    return bumpRecordRevision(tx);
  });
}
