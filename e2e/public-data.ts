import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import type { DatePrecision } from "@/generated/prisma/enums";
import { lastDayOf } from "@/lib/dates/partial-date";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { TEST_PARTICIPANTS } from "./fixtures";

// Data the public-site e2e tests create, only ever on the participants reserved for them, and always in a
// transaction that bumps the record revision, as the editor does, so the server's cached reads refresh.

export type PublicSiteCode = (typeof TEST_PARTICIPANTS.publicSite)[number];

/** A unique marker for names the tests write, so that assertions can find exactly their own data. */
export const newMarker = () => randomUUID().slice(0, 8);

type ActionInput = {
  action: "signature" | "accession" | "withdrawal";
  date: string | null;
  precision: DatePrecision;
  place?: string;
  signerName?: string;
  signerTitle?: string;
  evidenceUrl?: string;
  documentSymbol?: string;
  evidenceDescription?: string;
  verification?: "depositary" | "official_statement" | "press_report";
  status?: "draft" | "published";
};

/** Removes everything the tests recorded for these participants (they belong to the public-site tests). */
export async function resetParticipants(db: Database, codes: readonly PublicSiteCode[] = TEST_PARTICIPANTS.publicSite) {
  await db.$transaction(async (tx) => {
    const participants = await tx.participant.findMany({ where: { code: { in: [...codes] } }, select: { id: true } });
    const ids = participants.map((p) => p.id);
    await tx.auditEntry.deleteMany({ where: { participantId: { in: ids } } });
    await tx.statement.deleteMany({ where: { participantId: { in: ids } } });
    await tx.participantAction.deleteMany({ where: { participantId: { in: ids } } });
    await bumpRecordRevision(tx);
  });
}

/** Records actions (published unless said otherwise) for one participant; returns the created ids. */
export async function recordActions(db: Database, code: PublicSiteCode, actions: ActionInput[]) {
  return db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirstOrThrow({ select: { id: true } });
    const participant = await tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const ids: string[] = [];
    for (const { precision, status = "published", verification = "press_report", ...action } of actions) {
      const created = await tx.participantAction.create({
        data: {
          ...action,
          instrumentId: instrument.id,
          participantId: participant.id,
          datePrecision: precision,
          countsFrom: lastDayOf({ date: action.date, precision }),
          verification,
          status,
          publishedAt: status === "published" ? new Date() : null,
        },
        select: { id: true },
      });
      ids.push(created.id);
    }
    await bumpRecordRevision(tx);
    return { instrumentId: instrument.id, participantId: participant.id, ids };
  });
}

/** A published statement tied to commitments, and a public history entry written by a named editor. */
export async function recordStatementAndHistory(
  db: Database,
  code: PublicSiteCode,
  input: { signatureId: string; statementText: string; commitmentNumbers: number[]; actorName: string; actorEmail: string; reason: string },
) {
  await db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirstOrThrow({ select: { id: true } });
    const participant = await tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
    await tx.statement.create({
      data: {
        instrumentId: instrument.id,
        participantId: participant.id,
        kind: "declaration",
        text: input.statementText,
        madeOn: "2019-01-15",
        status: "published",
        commitments: {
          connect: input.commitmentNumbers.map((number) => ({ instrumentId_number: { instrumentId: instrument.id, number } })),
        },
      },
    });
    const actor = await tx.user.create({
      data: { email: input.actorEmail, name: input.actorName, passwordHash: "not-a-real-hash" },
      select: { id: true },
    });
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        actorName: input.actorName,
        action: "signature.update",
        entityType: "signature",
        entityId: input.signatureId,
        participantId: participant.id,
        before: JSON.stringify({ place: null, signerTitle: null }),
        after: JSON.stringify({ place: "Tokyo", signerTitle: "Minister for Foreign Affairs" }),
        reason: input.reason,
        isPublic: true,
      },
    });
    await bumpRecordRevision(tx);
  });
}

/** Participants that have joined (published signature or accession) and not withdrawn, from the database. */
export async function countCurrentSignatories(db: Database) {
  const participants = await db.participant.findMany({
    select: { kind: true, unStatus: true, actions: { where: { status: "published" }, select: { action: true } } },
  });
  const current = participants.filter(
    (p) => p.actions.some((a) => a.action !== "withdrawal") && !p.actions.some((a) => a.action === "withdrawal"),
  );
  return {
    states: current.filter((p) => p.kind === "state").length,
    organizations: current.filter((p) => p.kind === "organization").length,
    unMemberStates: current.filter((p) => p.unStatus === "member").length,
    unMembers: participants.filter((p) => p.unStatus === "member").length,
  };
}
