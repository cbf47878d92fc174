import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { ImportField } from "@/lib/imports/import-columns";
import type { ReadSheet, SheetRow } from "@/lib/imports/sheet-rows";
import { getReviewSetting } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { planRows, totalsOf, type PlannedRow } from "./plan-rows";
import { ceremonySchema } from "./schema";
import { writePlannedRows } from "./write-planned-rows";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

// A signing ceremony typed in one sitting: one event (date, place, evidence) shared by every row, then one
// row per participant with its signer. The rows go through the import's planning (same names, same
// schema, same checks) and are saved together in one transaction, as one batch that can be undone.

/** The event's fields: a problem with one of them is shown once, under the event, not on every row. */
const EVENT_FIELDS = new Set<ImportField>(["date", "place", "evidenceUrl", "documentSymbol", "verification"]);

/** Field names as the form shows them (the batch's rows keep them, as an import keeps the file's headers). */
const HEADERS: ReadSheet["headers"] = {
  participant: "Participant",
  action: "Action",
  date: "Date",
  place: "Place",
  evidenceUrl: "Evidence URL",
  documentSymbol: "Document symbol",
  verification: "Verification",
  signerName: "Signer name",
  signerTitle: "Signer title",
};

/** The form's key for a row's field, under which its error is shown: "participant.3". */
export const ceremonyFieldKey = (field: string, index: number) => `${field}.${index}`;

function errorsOf(plan: PlannedRow[], indexOfRow: Map<number, number>): FieldErrors {
  const errors: FieldErrors = {};
  for (const row of plan) {
    const index = indexOfRow.get(row.rowNumber)!;
    if (row.outcome === "correction" || row.outcome === "unchanged") {
      errors[ceremonyFieldKey("participant", index)] ??= messageKey("validation.ceremony.alreadyRecorded", {
        participant: row.participant.name,
      });
    }
    if (row.outcome !== "error") continue;
    for (const problem of row.problems) {
      const field = problem.field ?? "participant";
      const key = EVENT_FIELDS.has(field) ? field : ceremonyFieldKey(field, index);
      errors[key] ??= problem.message;
    }
  }
  return errors;
}

export async function recordCeremony(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ batchId: string; participantCodes: string[]; isSubmitted: boolean }> {
  const user = requireUser(actor);
  const parsed = ceremonySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const event = parsed.data;
  const column = (field: "participant" | "signerName" | "signerTitle") => parsed.data[`${field}[]`];

  // Rows left empty (the last one, after Enter) are not rows. Row numbers count from 1, as on screen.
  const rows: SheetRow[] = [];
  const indexOfRow = new Map<number, number>();
  column("participant").forEach((participant, index) => {
    const cells = { participant, signerName: column("signerName")[index] ?? "", signerTitle: column("signerTitle")[index] ?? "" };
    if (!Object.values(cells).some((value) => value.trim())) return;
    rows.push({
      rowNumber: index + 1,
      cells: {
        ...cells,
        action: "signature",
        date: event.date,
        place: event.place,
        evidenceUrl: event.evidenceUrl,
        documentSymbol: event.documentSymbol,
        verification: event.verification,
      },
      problems: [],
    });
    indexOfRow.set(index + 1, index);
  });
  if (rows.length === 0)
    throw new AppError("validation", messageKey("validation.ceremony.nothingSaved"), {
      [ceremonyFieldKey("participant", 0)]: messageKey("validation.ceremony.enterParticipant"),
    });
  const sheet: ReadSheet = { headers: HEADERS, rows };

  return db.$transaction(async (tx) => {
    const plan = await planRows(tx, user, sheet);
    // A participant outside the editor's scope is a refusal, as in the single-record form (and logged as one).
    for (const row of plan.rows) if (row.participant) requireParticipantScope(user, row.participant.id, row.participant.name);
    const errors = errorsOf(plan.rows, indexOfRow);
    if (Object.keys(errors).length > 0) throw new AppError("validation", messageKey("validation.ceremony.fixFields"), errors);
    // While a second reviewer is required the ceremony is submitted, not written: its rows are planned
    // again and written when another editor approves it (lib/review/apply-reviewed-batch.ts).
    const isSubmitted = (await getReviewSetting(tx)).requiresReview;
    const now = new Date();
    const batch = await tx.changeBatch.create({
      data: {
        source: "ceremony",
        rows: JSON.stringify(sheet),
        plan: JSON.stringify(plan.rows),
        ...totalsOf(plan.rows),
        createdById: user.id,
        createdByName: user.name,
        ...(isSubmitted
          ? { status: "submitted", submittedAt: now }
          : { status: "applied", appliedById: user.id, appliedByName: user.name, appliedAt: now }),
      },
      select: { id: true },
    });
    if (!isSubmitted) await writePlannedRows(tx, plan.writes, { user, batchId: batch.id, reason: null, instrumentId: plan.instrumentId });
    return { batchId: batch.id, participantCodes: plan.writes.map((write) => write.participant.code), isSubmitted };
  });
}
