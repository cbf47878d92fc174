import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReadSheet } from "@/lib/imports/sheet-rows";
import { getReviewSetting } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { planRows, type PlannedRow } from "./plan-rows";
import { applyImportSchema } from "./schema";
import { writePlannedRows } from "./write-planned-rows";
import { CHECK_THE_FIELDS, CHECK_THE_FIELD } from "@/lib/validation/messages";

/** Rows whose outcome differs between the preview and the record as it is now (by row number). */
export function rowsChangedSince(preview: PlannedRow[], now: PlannedRow[]): number[] {
  const before = new Map(preview.map((row) => [row.rowNumber, JSON.stringify(row)]));
  return now.filter((row) => before.get(row.rowNumber) !== JSON.stringify(row)).map((row) => row.rowNumber);
}

/**
 * Applies a previewed import: all its rows in one transaction, or none. The rows are planned again inside
 * the transaction; if the record changed since the preview in any way that touches them, nothing is
 * written and a new preview is asked for. Corrections to published records need the batch's reason. While
 * the instrument requires a second reviewer, applying submits the batch for review instead: nothing is
 * written to the record until another editor approves it (lib/review/apply-reviewed-batch.ts).
 */
export async function applyImport(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ batchId: string; participantCodes: string[]; isSubmitted: boolean }> {
  const user = requireUser(actor);
  const parsed = applyImportSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { batchId, reason } = parsed.data;

  const batch = await db.changeBatch.findUnique({
    where: { id: batchId },
    select: { source: true, status: true, rows: true, plan: true, errorCount: true },
  });
  if (!batch || batch.source !== "import") throw new AppError("not_found", messageKey("validation.import.importNotFound"));
  const preview = JSON.parse(batch.plan) as PlannedRow[];
  for (const row of preview)
    if (row.outcome === "new" || row.outcome === "correction") requireParticipantScope(user, row.participant.id, row.participant.name);
  if (batch.status !== "previewed") throw new AppError("conflict", messageKey("validation.import.alreadyApplied"));
  if (batch.errorCount > 0) {
    const rows = preview.filter((row) => row.outcome === "error").map((row) => row.rowNumber);
    throw new AppError("validation", messageKey("validation.import.fixRows", { count: rows.length, rows: rows.slice(0, 20).join(", ") }));
  }
  if (!preview.some((row) => row.outcome === "new" || row.outcome === "correction")) {
    throw new AppError("validation", messageKey("validation.import.nothingToApply"));
  }
  if (!reason && preview.some((row) => row.outcome === "correction" && row.wasPublished)) {
    throw new AppError("validation", CHECK_THE_FIELD, {
      reason: messageKey("validation.import.correctionReason"),
    });
  }

  return db.$transaction(async (tx) => {
    // Applied by someone else meanwhile: the transaction sees it, as it sees every change since the preview.
    const current = await tx.changeBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true } });
    if (current.status !== "previewed") throw new AppError("conflict", messageKey("validation.import.alreadyApplied"));
    const plan = await planRows(tx, user, JSON.parse(batch.rows) as ReadSheet);
    const changed = rowsChangedSince(preview, plan.rows);
    if (changed.length > 0) {
      throw new AppError(
        "conflict",
        messageKey("validation.import.changedSincePreview", { count: changed.length, rows: changed.slice(0, 20).join(", ") }),
      );
    }
    const participantCodes = [...new Set(plan.writes.map((write) => write.participant.code))];
    if ((await getReviewSetting(tx)).requiresReview) {
      await tx.changeBatch.update({ where: { id: batchId }, data: { status: "submitted", reason, submittedAt: new Date() } });
      return { batchId, participantCodes, isSubmitted: true };
    }
    await writePlannedRows(tx, plan.writes, { user, batchId, reason, instrumentId: plan.instrumentId });
    await tx.changeBatch.update({
      where: { id: batchId },
      data: { status: "applied", reason, appliedById: user.id, appliedByName: user.name, appliedAt: new Date() },
    });
    return { batchId, participantCodes, isSubmitted: false };
  });
}
