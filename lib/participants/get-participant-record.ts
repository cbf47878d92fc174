import "server-only";
import { changedFields } from "@/lib/audit/changed-fields";
import type { Database } from "@/lib/db";
import { EVIDENCE_FOR_PUBLIC_SELECT, publicEvidenceOf, verificationBasisOf } from "@/lib/evidence/public-evidence";
import { RECORDED_FIELDS, RECORDED_FIELDS_SELECT, type RecordedField } from "@/lib/participant-actions/action-fields";
import { cachedRead } from "@/lib/record/cached-read";
import { PUBLIC_STATEMENT_SELECT } from "@/lib/statements/public-statement";
import { participantStatus } from "./participant-status";
import { PUBLIC_PARTICIPANT_SELECT } from "./public-participant";

export type PublicHistoryEntry = {
  at: Date;
  actorName: string;
  /** The editor who proposed a reviewed change; actorName is then the one who approved it. */
  proposedByName: string | null;
  action: string;
  reason: string | null;
  changedFields: RecordedField[];
};

type PublicAuditEntry = {
  createdAt: Date;
  actorName: string;
  proposedByName?: string | null;
  action: string;
  reason: string | null;
  before: string | null;
  after: string | null;
};

/** A public audit entry as the participant's page shows it. */
export function toPublicHistoryEntry(entry: PublicAuditEntry): PublicHistoryEntry {
  return {
    at: entry.createdAt,
    actorName: entry.actorName,
    proposedByName: entry.proposedByName ?? null,
    action: entry.action,
    reason: entry.reason,
    changedFields: changedFields(RECORDED_FIELDS, entry.before, entry.after),
  };
}

async function readParticipantRecord(db: Database, code: string, instrumentId: string) {
  const participant = await db.participant.findUnique({
    where: { code },
    select: { id: true, ...PUBLIC_PARTICIPANT_SELECT },
  });
  if (!participant) return null;

  const [actions, statements, audit] = await Promise.all([
    db.participantAction.findMany({
      where: { participantId: participant.id, instrumentId, status: "published" },
      orderBy: [{ countsFrom: { sort: "asc", nulls: "last" } }, { action: "asc" }],
      select: { id: true, ...RECORDED_FIELDS_SELECT, evidence: EVIDENCE_FOR_PUBLIC_SELECT },
    }),
    db.statement.findMany({
      where: { participantId: participant.id, instrumentId, status: "published" },
      orderBy: { madeOn: "asc" },
      select: {
        ...PUBLIC_STATEMENT_SELECT,
        commitments: { orderBy: { number: "asc" }, select: { number: true } },
        evidence: EVIDENCE_FOR_PUBLIC_SELECT,
      },
    }),
    db.auditEntry.findMany({
      where: { participantId: participant.id, isPublic: true },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, actorName: true, proposedByName: true, action: true, reason: true, before: true, after: true },
    }),
  ]);

  const history = audit.map(toPublicHistoryEntry);

  return {
    participant,
    status: participantStatus(actions),
    // Public documents only; restricted ones show at most as the kind a verification level rests on.
    actions: actions.map(({ evidence, ...action }) => ({
      ...action,
      documents: publicEvidenceOf(evidence),
      verificationBasis: verificationBasisOf(action.verification, evidence, action),
    })),
    statements: statements.map(({ commitments, evidence, ...statement }) => ({
      ...statement,
      commitmentNumbers: commitments.map((c) => c.number),
      documents: publicEvidenceOf(evidence),
    })),
    history,
  };
}

export type ParticipantRecord = NonNullable<Awaited<ReturnType<typeof readParticipantRecord>>>;

/** Everything public about one participant (code = lower-case ISO alpha-3 or organisation slug), or null. */
export function getParticipantRecord(db: Database, code: string, instrumentId: string): Promise<ParticipantRecord | null> {
  return cachedRead(db, `participant:${instrumentId}:${code}`, () => readParticipantRecord(db, code, instrumentId));
}
