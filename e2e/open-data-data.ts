import type { Database } from "@/lib/db";
import type { DatePrecision } from "@/generated/prisma/enums";
import { lastDayOf } from "@/lib/dates/partial-date";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { TEST_PARTICIPANTS } from "./fixtures";

// Data the open-data tests write: only on the participants reserved for them, always through a
// transaction that bumps the record revision (as the editor will), so cached reads see it at once.

export type OpenDataParticipant = (typeof TEST_PARTICIPANTS.openData | typeof TEST_PARTICIPANTS.validators)[number];

export type TestSignature = {
  action?: "signature" | "accession" | "withdrawal";
  date?: string | null;
  datePrecision?: DatePrecision;
  place?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
  verification?: "depositary" | "official_statement" | "press_report";
  evidenceUrl?: string | null;
  documentSymbol?: string | null;
};

export function uniqueMarker(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

async function ids(db: Database, code: OpenDataParticipant) {
  const [instrument, participant] = await Promise.all([
    db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG }, select: { id: true } }),
    db.participant.findUniqueOrThrow({ where: { code }, select: { id: true, name: true } }),
  ]);
  return { instrumentId: instrument.id, participantId: participant.id, name: participant.name };
}

/** Removes whatever earlier runs left on this participant (its signatures and their public history). */
export async function clearParticipant(db: Database, code: OpenDataParticipant): Promise<void> {
  const { participantId } = await ids(db, code);
  await db.$transaction(async (tx) => {
    await tx.auditEntry.deleteMany({ where: { participantId } });
    await tx.participantAction.deleteMany({ where: { participantId } });
    await bumpRecordRevision(tx);
  });
}

/** A published action with its public audit entry, as an editor's save would record it. */
export async function publishSignature(
  db: Database,
  code: OpenDataParticipant,
  fields: TestSignature,
  audit: { reason?: string; at?: Date } = {},
): Promise<{ name: string; signatureId: string }> {
  await clearParticipant(db, code);
  const { instrumentId, participantId, name } = await ids(db, code);
  const datePrecision = fields.datePrecision ?? "day";
  const date = fields.date === undefined ? "2019-03-14" : fields.date;
  return db.$transaction(async (tx) => {
    const signature = await tx.participantAction.create({
      data: {
        instrumentId,
        participantId,
        action: fields.action ?? "signature",
        date,
        datePrecision,
        countsFrom: lastDayOf({ date, precision: datePrecision }),
        place: fields.place ?? null,
        signerName: fields.signerName ?? null,
        signerTitle: fields.signerTitle ?? null,
        verification: fields.verification ?? "official_statement",
        evidenceUrl: fields.evidenceUrl ?? null,
        documentSymbol: fields.documentSymbol ?? null,
        status: "published",
        publishedAt: new Date(),
      },
    });
    await tx.auditEntry.create({
      data: {
        actorName: "Open data e2e",
        action: "signature.create",
        entityType: "signature",
        entityId: signature.id,
        participantId,
        after: JSON.stringify(signature),
        reason: audit.reason ?? null,
        isPublic: true,
        ...(audit.at ? { createdAt: audit.at } : {}),
      },
    });
    await bumpRecordRevision(tx);
    return { name, signatureId: signature.id };
  });
}

/** A public correction of an existing signature (changes one field), recorded at `at`. */
export async function correctAction(
  db: Database,
  code: OpenDataParticipant,
  signatureId: string,
  change: { place: string; reason: string; at?: Date },
): Promise<void> {
  const { participantId } = await ids(db, code);
  await db.$transaction(async (tx) => {
    const before = await tx.participantAction.findUniqueOrThrow({ where: { id: signatureId } });
    const after = await tx.participantAction.update({
      where: { id: signatureId },
      data: { place: change.place, version: { increment: 1 } },
    });
    await tx.auditEntry.create({
      data: {
        actorName: "Open data e2e",
        action: "signature.update",
        entityType: "signature",
        entityId: signatureId,
        participantId,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        reason: change.reason,
        isPublic: true,
        ...(change.at ? { createdAt: change.at } : {}),
      },
    });
    await bumpRecordRevision(tx);
  });
}

/** Bumps the revision alone: what any published edit elsewhere does to every cached read and ETag. */
export async function touchRecord(db: Database): Promise<void> {
  await db.$transaction(async (tx) => bumpRecordRevision(tx));
}
