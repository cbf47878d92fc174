import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ACTION_SNAPSHOT_SELECT, RECORDED_FIELDS, recordedValuesOf, type RecordedField } from "@/lib/participant-actions/action-fields";
import type { ParticipantAction } from "@/generated/prisma/client";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { undoBatchSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

type Snapshot = Pick<ParticipantAction, "id" | "participantId" | "version" | RecordedField>;

/**
 * Puts every record an applied batch (import or ceremony) changed back to its version before the batch:
 * an action it added is deleted, a corrected one gets its old values back. Administrators only, with a
 * reason. If a later change touched any of those records, nothing is undone and the records are named.
 * The undo is a batch of its own (source "undo"), so its audit entries can be found and reviewed together.
 */
export async function undoChangeBatch(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ batchId: string; undoBatchId: string; participantCodes: string[] }> {
  const user = requireAdmin(actor);
  const parsed = undoBatchSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { batchId, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const batch = await tx.changeBatch.findUnique({ where: { id: batchId }, select: { source: true, status: true } });
    if (!batch || batch.source === "undo") throw new AppError("not_found", "There is no such import or ceremony.");
    if (batch.status !== "applied")
      throw new AppError(
        "conflict",
        batch.status === "undone" ? "This batch was already undone." : "This import was never applied: there is nothing to undo.",
      );

    const entries = await tx.auditEntry.findMany({
      where: { batchId, entityType: "signature" },
      orderBy: { createdAt: "asc" },
      select: { entityId: true, before: true, after: true, participant: { select: { name: true, code: true } } },
    });
    const current = await tx.participantAction.findMany({
      where: { id: { in: entries.map((entry) => entry.entityId) } },
      select: { ...ACTION_SNAPSHOT_SELECT, publishedAt: true },
    });
    const currentById = new Map(current.map((action) => [action.id, action]));
    const touchedLater = entries.filter((entry) => {
      const after = JSON.parse(entry.after ?? "{}") as Snapshot;
      return currentById.get(entry.entityId)?.version !== after.version;
    });
    if (touchedLater.length > 0) {
      const names = [...new Set(touchedLater.map((entry) => entry.participant?.name ?? entry.entityId))];
      throw new AppError(
        "conflict",
        `Nothing was undone: ${names.join(", ")} ${names.length > 1 ? "were" : "was"} changed after this batch. Correct ${names.length > 1 ? "those records" : "that record"} by hand, or undo the later change first.`,
        {},
        { participants: names },
      );
    }

    const undo = await tx.changeBatch.create({
      data: {
        source: "undo",
        status: "applied",
        revertsBatchId: batchId,
        rows: "[]",
        plan: "[]",
        reason,
        createdById: user.id,
        createdByName: user.name,
        appliedById: user.id,
        appliedByName: user.name,
        appliedAt: new Date(),
      },
      select: { id: true },
    });
    for (const entry of entries) {
      const { publishedAt, ...now } = currentById.get(entry.entityId)!;
      const audit = {
        actor: user,
        entityType: "signature" as const,
        entityId: entry.entityId,
        participantId: now.participantId,
        reason,
        batchId: undo.id,
      };
      if (!entry.before) {
        await tx.participantAction.delete({ where: { id: now.id } });
        await writeAuditEntry(tx, { ...audit, action: "signature.delete", before: now, isPublic: now.status === "published" });
        continue;
      }
      const before = JSON.parse(entry.before) as Snapshot;
      const values = recordedValuesOf(before);
      await tx.participantAction.update({
        where: { id: now.id },
        data: {
          ...values,
          version: { increment: 1 },
          updatedById: user.id,
          publishedAt: before.status === "published" ? publishedAt : null,
        },
      });
      const restored = { ...now, ...Object.fromEntries(RECORDED_FIELDS.map((field) => [field, values[field]])), version: now.version + 1 };
      await writeAuditEntry(tx, {
        ...audit,
        action: "signature.update",
        before: now,
        after: restored,
        isPublic: now.status === "published" || before.status === "published",
      });
    }
    await tx.changeBatch.update({ where: { id: batchId }, data: { status: "undone" } });
    await bumpRecordRevision(tx);
    return {
      batchId,
      undoBatchId: undo.id,
      participantCodes: [...new Set(entries.map((entry) => entry.participant?.code).filter((code) => code !== undefined))],
    };
  });
}
