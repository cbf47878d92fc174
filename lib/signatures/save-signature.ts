import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { lastDayOf } from "@/lib/dates/partial-date";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { resolveParticipant } from "./resolve-participant";
import { changedSnapshotFields, SIGNATURE_SNAPSHOT_SELECT, SNAPSHOT_FIELD_LABELS } from "./signature-snapshot";
import { correctionSchema, createSignatureInputSchema, type SignatureInput } from "./schema";

// Recording and correcting a signature. Each function authorizes from the acting user itself, validates
// with the shared schema, and writes the record, its audit entry and the record revision in one transaction.

export type SavedSignature = { id: string; participantCode: string; version: number };

async function instrumentOf(db: Database) {
  return db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG }, select: { id: true, openedOn: true } });
}

function parseSignatureInput(raw: unknown, openedOn: string): SignatureInput {
  const parsed = createSignatureInputSchema({ openedOn }).safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

function recordFields(input: SignatureInput) {
  return {
    action: input.action,
    date: input.date,
    datePrecision: input.datePrecision,
    countsFrom: lastDayOf({ date: input.date, precision: input.datePrecision }),
    place: input.place,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    evidenceUrl: input.evidenceUrl,
    documentSymbol: input.documentSymbol,
    evidenceDescription: input.evidenceDescription,
    verification: input.verification,
    notes: input.notes,
    status: input.status,
  };
}

const isJoining = (action: string) => action === "signature" || action === "accession";

/** Refuses a second signature/accession (or withdrawal) for the participant, naming the existing one. */
async function assertNoActiveDuplicate(db: Database, instrumentId: string, participant: { id: string; name: string }, action: string, exceptId?: string) {
  const existing = await db.signature.findFirst({
    where: {
      instrumentId,
      participantId: participant.id,
      action: isJoining(action) ? { in: ["signature", "accession"] } : "withdrawal",
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, action: true },
  });
  if (existing) {
    const what = isJoining(action) ? "a signature" : "a withdrawal";
    throw new AppError(
      "conflict",
      `${participant.name} already has ${what} recorded. Correct that record instead of adding a second one.`,
      { participant: `${participant.name} already has ${what} recorded` },
      { existingSignatureId: existing.id },
    );
  }
  if (action === "withdrawal") {
    const joined = await db.signature.findFirst({
      // The record being corrected does not count: turning a signature into a withdrawal leaves nothing to withdraw from.
      where: { instrumentId, participantId: participant.id, action: { in: ["signature", "accession"] }, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (!joined) {
      throw new AppError("validation", "Check the highlighted fields.", {
        action: `${participant.name} has no signature or accession to withdraw from: record that first`,
      });
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function recordSignature(db: Database, actor: ActingUser | null, raw: unknown): Promise<SavedSignature> {
  const user = requireUser(actor);
  const instrument = await instrumentOf(db);
  const input = parseSignatureInput(raw, instrument.openedOn);
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  await assertNoActiveDuplicate(db, instrument.id, participant, input.action);

  try {
    const saved = await db.$transaction(async (tx) => {
      const signature = await tx.signature.create({
        data: {
          ...recordFields(input),
          instrumentId: instrument.id,
          participantId: participant.id,
          publishedAt: input.status === "published" ? new Date() : null,
          createdById: user.id,
          updatedById: user.id,
        },
        select: SIGNATURE_SNAPSHOT_SELECT,
      });
      await writeAuditEntry(tx, {
        actor: user,
        action: input.action === "withdrawal" ? "signature.withdraw" : "signature.create",
        entityType: "signature",
        entityId: signature.id,
        participantId: participant.id,
        after: signature,
        isPublic: signature.status === "published",
      });
      if (signature.status === "published") await bumpRecordRevision(tx);
      return signature;
    });
    return { id: saved.id, participantCode: participant.code, version: saved.version };
  } catch (error) {
    // Another editor recorded the same participant between our check and our write.
    if (isUniqueViolation(error)) await assertNoActiveDuplicate(db, instrument.id, participant, input.action);
    throw error;
  }
}

/** What others changed since `version`, from the audit log: who, when, which fields. */
async function describeChangesSince(db: Database, signatureId: string, version: number) {
  const entries = await db.auditEntry.findMany({
    where: { entityType: "signature", entityId: signatureId },
    orderBy: { createdAt: "asc" },
    select: { actorName: true, createdAt: true, before: true, after: true },
  });
  return entries
    .map((entry) => ({ entry, after: entry.after ? (JSON.parse(entry.after) as Record<string, unknown>) : null }))
    .filter(({ after }) => typeof after?.version === "number" && (after.version as number) > version)
    .map(({ entry, after }) => ({
      actorName: entry.actorName,
      at: entry.createdAt.toISOString(),
      fields: changedSnapshotFields(entry.before ? JSON.parse(entry.before) : null, after).map((f) => SNAPSHOT_FIELD_LABELS[f]),
    }));
}

export async function correctSignature(db: Database, actor: ActingUser | null, raw: Record<string, unknown>): Promise<SavedSignature> {
  const user = requireUser(actor);
  const correction = correctionSchema.safeParse(raw);
  if (!correction.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(correction.error));
  const { id, version, reason } = correction.data;

  const existing = await db.signature.findUnique({
    where: { id },
    select: { ...SIGNATURE_SNAPSHOT_SELECT, instrumentId: true, publishedAt: true, participant: { select: { id: true, name: true } } },
  });
  if (!existing) throw new AppError("not_found", "This signature no longer exists: it may have been deleted.");
  requireParticipantScope(user, existing.participant.id, existing.participant.name);

  const instrument = await instrumentOf(db);
  const input = parseSignatureInput(raw, instrument.openedOn);
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  if (existing.status === "published" && !reason) {
    throw new AppError("validation", "Check the highlighted fields.", {
      reason: "Say why this published record is corrected: the reason is shown in the public history",
    });
  }
  if (participant.id !== existing.participantId || input.action !== existing.action) {
    await assertNoActiveDuplicate(db, instrument.id, participant, input.action, existing.id);
  }

  const saved = await db.$transaction(async (tx) => {
    // Optimistic concurrency: the update only applies to the version the editor started from.
    const { count } = await tx.signature.updateMany({
      where: { id, version },
      data: {
        ...recordFields(input),
        participantId: participant.id,
        version: { increment: 1 },
        updatedById: user.id,
        publishedAt: existing.publishedAt ?? (input.status === "published" ? new Date() : null),
      },
    });
    if (count === 0) return null;
    const { instrumentId: _instrument, publishedAt: _published, participant: _participant, ...before } = existing;
    const after = await tx.signature.findUniqueOrThrow({ where: { id }, select: SIGNATURE_SNAPSHOT_SELECT });
    const touchesPublic = before.status === "published" || after.status === "published";
    await writeAuditEntry(tx, {
      actor: user,
      action: before.status === "draft" && after.status === "published" ? "signature.publish" : "signature.update",
      entityType: "signature",
      entityId: id,
      participantId: participant.id,
      before,
      after,
      reason,
      isPublic: touchesPublic,
    });
    if (touchesPublic) await bumpRecordRevision(tx);
    return after;
  });

  if (!saved) {
    const changes = await describeChangesSince(db, id, version);
    throw new AppError(
      "conflict",
      "Someone else saved this record after you opened it. Nothing was overwritten: review their changes, then reapply yours.",
      {},
      { changes, currentVersion: existing.version },
    );
  }
  return { id, participantCode: participant.code, version: saved.version };
}
