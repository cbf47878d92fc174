import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import type { ParticipantAction } from "@/generated/prisma/client";
import { canEditParticipant, type ActingUser } from "@/lib/auth/acting-user";
import type { Database, Transaction } from "@/lib/db";
import { PARTICIPANT_FIELDS, type ImportField } from "@/lib/imports/import-columns";
import { readAction, readDate, readVerification } from "@/lib/imports/read-row-values";
import type { ReadSheet, RowProblem } from "@/lib/imports/sheet-rows";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { isJoiningAction } from "@/lib/participant-actions/action-kinds";
import {
  ACTION_SNAPSHOT_SELECT,
  RECORDED_FIELD_LABELS,
  RECORDED_FIELDS,
  recordedFormValues,
  recordedValuesOf,
  type RecordedField,
} from "@/lib/participant-actions/action-fields";
import { createActionInputSchema, type ActionInput } from "@/lib/participant-actions/schema";
import { loadParticipantMatcher } from "@/lib/participants/load-participant-matcher";
import { unmatchedParticipantMessage } from "@/lib/participants/match-participant";

// The dry run of a batch: what each row would do to the record — add an action, correct one (which
// fields, old → new), nothing, or why it cannot. Every row is validated by the action form's own schema
// (lib/participant-actions/schema.ts), so a batch can store nothing the form would refuse. A row is the
// action of one participant: its signature or accession, or its withdrawal (one of each at most).

export type PlannedParticipant = { id: string; code: string; name: string };
export type FieldChange = { field: RecordedField; label: string; before: string | null; after: string | null };

export type PlannedRow =
  | { rowNumber: number; outcome: "new"; participant: PlannedParticipant; action: string }
  | {
      rowNumber: number;
      outcome: "correction";
      participant: PlannedParticipant;
      actionId: string;
      version: number;
      wasPublished: boolean;
      changes: FieldChange[];
    }
  | { rowNumber: number; outcome: "unchanged"; participant: PlannedParticipant; actionId: string; version: number }
  | { rowNumber: number; outcome: "error"; participant: PlannedParticipant | null; problems: RowProblem[] };

/** What applying a row writes: the validated input, beside what the preview shows. */
export type RowWrite = { rowNumber: number; input: ActionInput; participant: PlannedParticipant; existing: ExistingAction | null };

export type BatchPlan = { rows: PlannedRow[]; writes: RowWrite[]; instrumentId: string };

const EXISTING_ACTION_SELECT = { ...ACTION_SNAPSHOT_SELECT, publishedAt: true } as const;
export type ExistingAction = Pick<ParticipantAction, keyof typeof EXISTING_ACTION_SELECT>;

/** The columns that hold text the form would take as typed (a present column is authoritative, empty clears). */
const TEXT_FIELDS = ["place", "signerName", "signerTitle", "evidenceUrl", "documentSymbol", "evidenceDescription", "notes"] as const;

/** New rows with no verification column or value: the weakest claim, never a stronger one than the source. */
const DEFAULT_VERIFICATION = "press_report";

const slotOf = (participantId: string, action: string) => `${participantId}:${isJoiningAction(action as never) ? "joining" : "withdrawal"}`;

/** Plans every row of a sheet against the record as it is in `db` (a transaction when applying). */
export async function planRows(db: Database | Transaction, actor: ActingUser, sheet: ReadSheet): Promise<BatchPlan> {
  const instrument = await db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG }, select: { id: true, openedOn: true } });
  const [matchParticipant, existingActions] = await Promise.all([
    loadParticipantMatcher(db),
    db.participantAction.findMany({ where: { instrumentId: instrument.id }, select: EXISTING_ACTION_SELECT }),
  ]);
  const schema = createActionInputSchema({ openedOn: instrument.openedOn });
  const existingBySlot = new Map(existingActions.map((action) => [slotOf(action.participantId, action.action), action]));
  const headerOf = (field: ImportField) => sheet.headers[field] ?? field;
  const identityField = PARTICIPANT_FIELDS.find((field) => sheet.headers[field]) ?? "participant";
  const firstRowOfSlot = new Map<string, number>();
  const joiningInFile = new Set<string>();
  const rows: PlannedRow[] = [];
  const writes: RowWrite[] = [];

  // Joining rows in the file, so a withdrawal row can follow its own new signature in the same file.
  for (const row of sheet.rows) {
    const reference = PARTICIPANT_FIELDS.map((field) => row.cells[field]?.trim()).find(Boolean);
    const action = readAction(row.cells.action);
    const found = reference ? matchParticipant(reference) : null;
    if (found?.ok && action.ok && isJoiningAction(action.value ?? "signature")) joiningInFile.add(found.participant.id);
  }

  for (const row of sheet.rows) {
    const problems: RowProblem[] = [...row.problems];
    const problem = (field: ImportField | "", message: string) =>
      problems.push({ column: field ? headerOf(field) : "", ...(field ? { field } : {}), message });
    if (row.problems.some((p) => p.column === "")) {
      rows.push({ rowNumber: row.rowNumber, outcome: "error", participant: null, problems });
      continue;
    }

    const referenceField = PARTICIPANT_FIELDS.find((field) => row.cells[field]?.trim()) ?? identityField;
    const reference = row.cells[referenceField]?.trim() ?? "";
    const match = matchParticipant(reference);
    if (!match.ok) problem(referenceField, unmatchedParticipantMessage(reference, match));
    const participant = match.ok ? { id: match.participant.id, code: match.participant.code, name: match.participant.name } : null;

    const action = readAction(row.cells.action);
    if (!action.ok) problem("action", action.message);
    const verification = readVerification(row.cells.verification);
    if (!verification.ok) problem("verification", verification.message);
    const date = readDate(row.cells.date, row.cells.datePrecision);
    if (!date.ok) problem("date", date.message);

    const slot = participant ? slotOf(participant.id, (action.ok && action.value) || "signature") : null;
    const existing = slot ? (existingBySlot.get(slot) ?? null) : null;
    if (slot && participant) {
      const earlier = firstRowOfSlot.get(slot);
      if (earlier !== undefined) {
        problem(referenceField, messageKey("validation.import.duplicateRow", { participant: participant.name, row: earlier }));
      } else firstRowOfSlot.set(slot, row.rowNumber);
    }

    // The form's input: the existing record's values, overwritten by every column the file has.
    const base = existing ? recordedFormValues(existing) : ({} as Partial<Record<RecordedField, string>>);
    const raw: Record<string, unknown> = {
      ...base,
      participant: participant?.code ?? "",
      action: (action.ok && action.value) || existing?.action || "signature",
      verification: (verification.ok && verification.value) || existing?.verification || DEFAULT_VERIFICATION,
      date: date.ok ? (date.value.date ?? "") : (base.date ?? ""),
      datePrecision: date.ok ? date.value.precision : (existing?.datePrecision ?? "day"),
      status: "published",
    };
    for (const field of TEXT_FIELDS) if (sheet.headers[field]) raw[field] = row.cells[field] ?? "";
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0] ?? "");
        const field = (path === "datePrecision" ? "date" : path === "participant" ? referenceField : path) as ImportField;
        // One message per cell: the reader's own (an unknown name, an unreadable date) says more.
        if (!problems.some((known) => known.field === field)) problem(field, issue.message);
      }
    }

    if (participant && parsed.success) {
      const input = parsed.data;
      const changes = existing ? changesOf(existing, recordedValuesOf(input)) : null;
      const writesSomething = !existing || changes!.length > 0;
      if (writesSomething && !canEditParticipant(actor, participant.id)) {
        problem(referenceField, messageKey("validation.import.outOfScope", { participant: participant.name }));
      }
      if (
        !existing &&
        input.action === "withdrawal" &&
        !existingBySlot.has(slotOf(participant.id, "signature")) &&
        !joiningInFile.has(participant.id)
      ) {
        problem("action", messageKey("validation.signature.nothingToWithdraw", { participant: participant.name }));
      }
      if (problems.length === 0) {
        if (!existing) {
          rows.push({ rowNumber: row.rowNumber, outcome: "new", participant, action: input.action });
          writes.push({ rowNumber: row.rowNumber, input, participant, existing: null });
        } else if (changes!.length === 0) {
          rows.push({ rowNumber: row.rowNumber, outcome: "unchanged", participant, actionId: existing.id, version: existing.version });
        } else {
          rows.push({
            rowNumber: row.rowNumber,
            outcome: "correction",
            participant,
            actionId: existing.id,
            version: existing.version,
            wasPublished: existing.status === "published",
            changes: changes!,
          });
          writes.push({ rowNumber: row.rowNumber, input, participant, existing });
        }
        continue;
      }
    }
    rows.push({ rowNumber: row.rowNumber, outcome: "error", participant, problems });
  }
  return { rows, writes, instrumentId: instrument.id };
}

function changesOf(existing: ExistingAction, next: Pick<ExistingAction, RecordedField>): FieldChange[] {
  return RECORDED_FIELDS.filter((field) => (existing[field] ?? null) !== (next[field] ?? null)).map((field) => ({
    field,
    label: RECORDED_FIELD_LABELS[field],
    before: existing[field] ?? null,
    after: next[field] ?? null,
  }));
}

export type PlanTotals = { newCount: number; correctionCount: number; unchangedCount: number; errorCount: number };

export function totalsOf(rows: PlannedRow[]): PlanTotals {
  const count = (outcome: PlannedRow["outcome"]) => rows.filter((row) => row.outcome === outcome).length;
  return { newCount: count("new"), correctionCount: count("correction"), unchangedCount: count("unchanged"), errorCount: count("error") };
}
