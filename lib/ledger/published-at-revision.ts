import "server-only";
import type { VerificationLevel } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db";
import { lastDayOf } from "@/lib/dates/partial-date";
import { toPublicHistoryEntry, type ParticipantRecord, type PublicHistoryEntry } from "@/lib/participants/get-participant-record";
import { participantStatus } from "@/lib/participants/participant-status";
// Participants' names other than the one in the record (for the `q` filter and names per language) are
// reference data, not in the ledger.
import { readParticipantReference } from "@/lib/participants/read-participant-reference";
import { comparePublishedActions, type PublishedAction } from "@/lib/signatories/list-published-actions";
import { matchesSignatoryFilters } from "@/lib/signatories/matches-signatory-filters";
import type { SignatoryFilters } from "@/lib/signatories/signatory-filters";
import type { RecordedField } from "@/lib/participant-actions/action-fields";
import { getRecordAtRevision } from "./read-ledger";
import { fromDocumentRecord, fromVerificationBasisRecord } from "@/lib/api/to-public-shapes";
import type { ActionRecord } from "./public-record";

// The signatory list and a participant's page at a past revision, in the very shapes the live reads give,
// so that pages, the API and every export render a revision with the code that renders the present.

/** An action's ledger record as a row of the signatory list (Prisma's spelling of the verification level). */
export function publishedActionOf(record: ActionRecord): PublishedAction {
  const {
    evidenceDescription: _description,
    notes: _notes,
    documents: _documents,
    verificationBasis: _basis,
    verification,
    ...row
  } = record;
  return { ...row, verification: verification.replaceAll("-", "_") as VerificationLevel };
}

/** The signatory list as published at `revision`, filtered and sorted as the live list would be. */
export async function listPublishedActionsAtRevision(
  db: Database,
  filters: SignatoryFilters,
  revision: number,
): Promise<PublishedAction[]> {
  const [record, reference] = await Promise.all([getRecordAtRevision(db, revision), readParticipantReference(db)]);
  return record.actions
    .map((entity) => publishedActionOf(entity.record))
    .filter((row) => matchesSignatoryFilters(row, filters, reference.get(row.code)))
    .sort(comparePublishedActions(filters.sort, filters.order));
}

/** Signatories at `revision`, counted as countSignatories counts the live record. */
export async function countSignatoriesAtRevision(db: Database, revision: number, asOf?: string) {
  const [record, reference] = await Promise.all([getRecordAtRevision(db, revision), readParticipantReference(db)]);
  const actionsByCode = new Map<string, ActionRecord[]>();
  for (const { record: action } of record.actions) actionsByCode.set(action.code, [...(actionsByCode.get(action.code) ?? []), action]);
  const counts = { states: 0, organizations: 0, total: 0, unMemberStates: 0 };
  for (const [code, actions] of actionsByCode) {
    const counted = actions.filter((action) => {
      if (!asOf) return true;
      const countsFrom = lastDayOf({ date: action.date, precision: action.datePrecision });
      return countsFrom !== null && countsFrom <= asOf;
    });
    const status = participantStatus(counted);
    if (status !== "signed" && status !== "joined") continue;
    counts.total++;
    if (actions[0]?.kind === "organization") counts.organizations++;
    else counts.states++;
    if (reference.get(code)?.unStatus === "member") counts.unMemberStates++;
  }
  return counts;
}

/** A participant's page as published at `revision`: its actions and statements then, and its public history up to then. */
export async function getParticipantRecordAtRevision(db: Database, code: string, revision: number): Promise<ParticipantRecord | null> {
  const [record, reference] = await Promise.all([getRecordAtRevision(db, revision), readParticipantReference(db)]);
  const participant = reference.get(code);
  if (!participant) return null;
  const actions = record.actions
    .filter((entity) => entity.record.code === code)
    .map(({ entityId, record: action }) => ({
      ...publishedActionOf(action),
      id: entityId,
      status: "published" as const,
      evidenceDescription: action.evidenceDescription,
      notes: action.notes,
      documents: action.documents.map(fromDocumentRecord),
      verificationBasis: fromVerificationBasisRecord(action.verificationBasis),
      countsFrom: lastDayOf({ date: action.date, precision: action.datePrecision }),
    }))
    .sort((a, b) => (a.countsFrom ?? "\uffff").localeCompare(b.countsFrom ?? "\uffff") || a.action.localeCompare(b.action))
    .map(
      ({
        countsFrom: _countsFrom,
        code: _code,
        iso2: _iso2,
        iso3: _iso3,
        name: _name,
        kind: _kind,
        region: _region,
        subregion: _subregion,
        ...action
      }) => action,
    );
  const statements = record.statements
    .filter((entity) => entity.record.code === code)
    .map(({ entityId, record: statement }) => ({
      id: entityId,
      kind: statement.kind.replaceAll("-", "_") as ParticipantRecord["statements"][number]["kind"],
      text: statement.text,
      madeOn: statement.madeOn,
      sourceUrl: statement.sourceUrl,
      commitmentNumbers: statement.commitmentNumbers,
      documents: statement.documents.map(fromDocumentRecord),
    }))
    .sort((a, b) => (a.madeOn ?? "").localeCompare(b.madeOn ?? ""));
  return {
    participant,
    status: participantStatus(actions),
    actions,
    statements,
    history: await readHistoryAtRevision(db, code, revision),
  };
}

/**
 * The public history up to `revision`: the ledger's entries for this participant (baseline entries are not
 * changes), and on a database whose ledger began with a baseline, the public audit entries from before it.
 */
async function readHistoryAtRevision(db: Database, code: string, revision: number): Promise<PublicHistoryEntry[]> {
  const [entries, baseline] = await Promise.all([
    db.ledgerEntry.findMany({
      where: { participantCode: code, revision: { lte: revision }, kind: { not: "baseline" }, auditAction: { not: null } },
      orderBy: { sequence: "desc" },
      select: { recordedAt: true, actorName: true, auditAction: true, reason: true, changedFields: true, auditEntryId: true },
    }),
    db.ledgerEntry.findFirst({ where: { kind: "baseline" }, orderBy: { sequence: "desc" }, select: { recordedAt: true } }),
  ]);
  // Who proposed a reviewed change is kept in its audit entry, not in the hashed ledger entry.
  const proposers = await db.auditEntry.findMany({
    where: { id: { in: entries.flatMap((entry) => (entry.auditEntryId ? [entry.auditEntryId] : [])) }, proposedByName: { not: null } },
    select: { id: true, proposedByName: true },
  });
  const proposerOf = new Map(proposers.map((entry) => [entry.id, entry.proposedByName]));
  const history: PublicHistoryEntry[] = entries.map((entry) => ({
    at: new Date(entry.recordedAt),
    actorName: entry.actorName,
    proposedByName: (entry.auditEntryId && proposerOf.get(entry.auditEntryId)) || null,
    action: entry.auditAction ?? "",
    reason: entry.reason,
    changedFields: JSON.parse(entry.changedFields) as RecordedField[],
  }));
  if (!baseline) return history;
  const before = await db.auditEntry.findMany({
    where: { participant: { code }, isPublic: true, createdAt: { lte: new Date(baseline.recordedAt) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actorName: true, proposedByName: true, action: true, reason: true, before: true, after: true },
  });
  return [...history, ...before.map(toPublicHistoryEntry)];
}
