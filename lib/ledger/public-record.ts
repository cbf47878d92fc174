import type { Prisma } from "@/generated/prisma/client";
import type { StatementKind } from "@/generated/prisma/enums";
import { publicName, type PublicName } from "@/lib/api/public-names";
import type { SignatoryItem } from "@/lib/api/schema";
import { toSignatoryItem } from "@/lib/api/to-public-shapes";
import type { Transaction } from "@/lib/db";
import type { LedgerEntityType } from "./ledger-kinds";

// What the ledger keeps of an entity: its public record, exactly as the open data publishes it. An action's
// record is its row of the signatory list plus the evidence description and notes its participant's page
// shows; a statement's is what the participant's page and the commitment pages show. The same builders
// serve the write (append-to-ledger.ts) and the check (verify-ledger.ts), so they cannot disagree.

export type ActionRecord = SignatoryItem & { evidenceDescription: string | null; notes: string | null };
export type StatementRecord = {
  code: string;
  kind: PublicName<StatementKind>;
  text: string;
  madeOn: string | null;
  sourceUrl: string | null;
  commitmentNumbers: number[];
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
} satisfies Prisma.ParticipantActionSelect;

export type ActionRecordRow = Prisma.ParticipantActionGetPayload<{ select: typeof ACTION_RECORD_SELECT }>;

export function toActionRecord({ participant, evidenceDescription, notes, ...action }: ActionRecordRow): ActionRecord {
  return { ...toSignatoryItem({ ...participant, ...action }), evidenceDescription, notes };
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
  };
}

/** The entity as the public sees it now (null when it is a draft or gone), read inside the transaction that changed it. */
export async function readPublicRecord(
  tx: Transaction,
  entityType: LedgerEntityType,
  id: string,
): Promise<{ exists: boolean; participantCode: string | null; record: LedgerRecord | null }> {
  if (entityType === "action") {
    const row = await tx.participantAction.findUnique({ where: { id }, select: ACTION_RECORD_SELECT });
    if (!row) return { exists: false, participantCode: null, record: null };
    return { exists: true, participantCode: row.participant.code, record: row.status === "published" ? toActionRecord(row) : null };
  }
  const row = await tx.statement.findUnique({ where: { id }, select: STATEMENT_RECORD_SELECT });
  if (!row) return { exists: false, participantCode: null, record: null };
  return { exists: true, participantCode: row.participant.code, record: row.status === "published" ? toStatementRecord(row) : null };
}
