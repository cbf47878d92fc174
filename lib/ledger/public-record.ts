import type { Prisma } from "@/generated/prisma/client";
import type { StatementKind } from "@/generated/prisma/enums";
import { publicName, type PublicName } from "@/lib/api/public-names";
import type { SignatoryItem } from "@/lib/api/schema";
import {
  toDocumentRecord,
  toSignatoryItem,
  toVerificationBasisRecord,
  type DocumentRecord,
  type VerificationBasisRecord,
} from "@/lib/api/to-public-shapes";
import { findByIds } from "@/lib/database/find-by-ids";
import type { Transaction } from "@/lib/db";
import { EVIDENCE_FOR_PUBLIC_SELECT, publicEvidenceOf, verificationBasisOf } from "@/lib/evidence/public-evidence";
import type { LedgerEntityType } from "./ledger-kinds";

// What the ledger keeps of an entity: its public record, exactly as the open data publishes it. An action's
// record is its row of the signatory list plus the evidence description, notes, public documents and the
// basis of its verification badge that its participant's page shows; a statement's is what the participant's
// page and the commitment pages show, its public documents included. So attaching, removing or restricting
// a document is a change of the hashed record like any other. The same builders serve the write
// (append-to-ledger.ts) and the check (verify-ledger.ts), so they cannot disagree.

export type ActionRecord = SignatoryItem & {
  evidenceDescription: string | null;
  notes: string | null;
  documents: DocumentRecord[];
  verificationBasis: VerificationBasisRecord;
};
export type StatementRecord = {
  code: string;
  kind: PublicName<StatementKind>;
  text: string;
  madeOn: string | null;
  sourceUrl: string | null;
  commitmentNumbers: number[];
  documents: DocumentRecord[];
};
export type LedgerRecord = ActionRecord | StatementRecord;

export const ACTION_RECORD_SELECT = {
  id: true,
  status: true,
  action: true,
  date: true,
  datePrecision: true,
  place: true,
  signerName: true,
  signerTitle: true,
  verification: true,
  evidenceUrl: true,
  documentSymbol: true,
  evidenceDescription: true,
  notes: true,
  participant: { select: { code: true, iso2: true, iso3: true, name: true, kind: true, region: true, subregion: true } },
  evidence: EVIDENCE_FOR_PUBLIC_SELECT,
} satisfies Prisma.ParticipantActionSelect;

export type ActionRecordRow = Prisma.ParticipantActionGetPayload<{ select: typeof ACTION_RECORD_SELECT }>;

export function toActionRecord({ participant, evidenceDescription, notes, evidence, ...action }: ActionRecordRow): ActionRecord {
  return {
    ...toSignatoryItem({ ...participant, ...action }),
    evidenceDescription,
    notes,
    documents: publicEvidenceOf(evidence).map(toDocumentRecord),
    verificationBasis: toVerificationBasisRecord(verificationBasisOf(action.verification, evidence, action)),
  };
}

export const STATEMENT_RECORD_SELECT = {
  id: true,
  status: true,
  kind: true,
  text: true,
  madeOn: true,
  sourceUrl: true,
  participant: { select: { code: true } },
  commitments: { select: { number: true }, orderBy: { number: "asc" } },
  evidence: EVIDENCE_FOR_PUBLIC_SELECT,
} satisfies Prisma.StatementSelect;

export type StatementRecordRow = Prisma.StatementGetPayload<{ select: typeof STATEMENT_RECORD_SELECT }>;

export function toStatementRecord(row: StatementRecordRow): StatementRecord {
  return {
    code: row.participant.code,
    kind: publicName(row.kind),
    text: row.text,
    madeOn: row.madeOn,
    sourceUrl: row.sourceUrl,
    commitmentNumbers: row.commitments.map((commitment) => commitment.number),
    documents: publicEvidenceOf(row.evidence).map(toDocumentRecord),
  };
}

export type PublicRecordNow = { exists: boolean; participantCode: string | null; record: LedgerRecord | null };

/**
 * Entities as the public sees them now (record null when a draft; exists false when gone), read inside the
 * transaction that changed them, keyed "<entityType>:<id>". Two queries however many entities.
 */
export async function readPublicRecords(
  tx: Transaction,
  entities: readonly { entityType: LedgerEntityType; entityId: string }[],
): Promise<Map<string, PublicRecordNow>> {
  const idsOf = (type: LedgerEntityType) => [...new Set(entities.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [actionIds, statementIds] = [idsOf("action"), idsOf("statement")];
  const [actions, statements] = await Promise.all([
    findByIds(actionIds, (slice) => tx.participantAction.findMany({ where: { id: { in: slice } }, select: ACTION_RECORD_SELECT })),
    findByIds(statementIds, (slice) => tx.statement.findMany({ where: { id: { in: slice } }, select: STATEMENT_RECORD_SELECT })),
  ]);
  const found = new Map<string, PublicRecordNow>();
  for (const row of actions) {
    found.set(`action:${row.id}`, {
      exists: true,
      participantCode: row.participant.code,
      record: row.status === "published" ? toActionRecord(row) : null,
    });
  }
  for (const row of statements) {
    found.set(`statement:${row.id}`, {
      exists: true,
      participantCode: row.participant.code,
      record: row.status === "published" ? toStatementRecord(row) : null,
    });
  }
  return found;
}
