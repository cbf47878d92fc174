import "server-only";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { participantStatus } from "./participant-status";

/** Fields of a signature whose changes the public history lists (never who typed them or internal ids). */
const PUBLIC_SIGNATURE_FIELDS = [
  "action", "date", "datePrecision", "place", "signerName", "signerTitle", "evidenceUrl", "documentSymbol",
  "evidenceDescription", "verification", "notes", "status",
] as const;

export type PublicHistoryEntry = {
  at: Date;
  actorName: string;
  action: string;
  reason: string | null;
  changedFields: string[];
};

/** Public fields that differ between an audit entry's before and after snapshots (JSON). */
export function changedFields(before: string | null, after: string | null): string[] {
  const old = before ? (JSON.parse(before) as Record<string, unknown>) : {};
  const now = after ? (JSON.parse(after) as Record<string, unknown>) : {};
  return PUBLIC_SIGNATURE_FIELDS.filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null));
}

async function readParticipantRecord(code: string, instrumentId: string) {
  const participant = await db.participant.findUnique({
    where: { code },
    select: {
      id: true, code: true, kind: true, name: true, commonName: true, formalName: true, iso2: true, iso3: true,
      isoNumeric: true, unStatus: true, region: true, subregion: true,
    },
  });
  if (!participant) return null;

  const [actions, statements, audit] = await Promise.all([
    db.signature.findMany({
      where: { participantId: participant.id, instrumentId, status: "published" },
      orderBy: [{ countsFrom: { sort: "asc", nulls: "last" } }, { action: "asc" }],
      select: {
        id: true, action: true, date: true, datePrecision: true, place: true, signerName: true, signerTitle: true,
        evidenceUrl: true, documentSymbol: true, evidenceDescription: true, verification: true, notes: true, updatedAt: true,
      },
    }),
    db.statement.findMany({
      where: { participantId: participant.id, instrumentId, status: "published" },
      orderBy: { madeOn: "asc" },
      select: {
        id: true, kind: true, text: true, madeOn: true, sourceUrl: true,
        commitments: { orderBy: { number: "asc" }, select: { number: true } },
      },
    }),
    db.auditEntry.findMany({
      where: { participantId: participant.id, isPublic: true },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, actorName: true, action: true, reason: true, before: true, after: true },
    }),
  ]);

  const history: PublicHistoryEntry[] = audit.map((entry) => ({
    at: entry.createdAt,
    actorName: entry.actorName,
    action: entry.action,
    reason: entry.reason,
    changedFields: changedFields(entry.before, entry.after),
  }));

  return {
    participant,
    status: participantStatus(actions),
    actions,
    statements: statements.map(({ commitments, ...statement }) => ({ ...statement, commitmentNumbers: commitments.map((c) => c.number) })),
    history,
  };
}

export type ParticipantRecord = NonNullable<Awaited<ReturnType<typeof readParticipantRecord>>>;

/** Everything public about one participant (code = lower-case ISO alpha-3 or organisation slug), or null. */
export function getParticipantRecord(code: string, instrumentId: string): Promise<ParticipantRecord | null> {
  return cachedRead(`participant:${instrumentId}:${code}`, () => readParticipantRecord(code, instrumentId));
}
