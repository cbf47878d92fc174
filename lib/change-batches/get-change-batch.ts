import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visibleBatchesWhere } from "./batch-visibility";
import type { PlannedRow } from "./plan-rows";

/** One batch with its preview, for its page. */
export async function getChangeBatch(db: Database, actor: ActingUser | null, id: string) {
  const user = requireUser(actor);
  const batch = await db.changeBatch.findFirst({
    where: { id, ...visibleBatchesWhere(user) },
    select: {
      id: true,
      source: true,
      status: true,
      fileName: true,
      fileSha256: true,
      plan: true,
      newCount: true,
      correctionCount: true,
      unchangedCount: true,
      errorCount: true,
      reason: true,
      createdByName: true,
      createdAt: true,
      appliedByName: true,
      appliedAt: true,
      revertsBatchId: true,
      revertedBy: { select: { id: true, createdByName: true, createdAt: true, reason: true } },
    },
  });
  if (!batch) throw new AppError("not_found", messageKey("validation.import.batchNotFound"));
  const { plan, ...rest } = batch;
  return { ...rest, rows: JSON.parse(plan) as PlannedRow[] };
}

export type ChangeBatchView = Awaited<ReturnType<typeof getChangeBatch>>;
