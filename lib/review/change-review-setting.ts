import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { CHECK_THE_FIELD } from "@/lib/validation/messages";
import { getReviewSetting } from "./review-setting";
import { reviewSettingSchema } from "./schema";

/** Turns "Require a second reviewer" on or off for the instrument. Administrators only; audited. */
export async function changeReviewSetting(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ requiresReview: boolean }> {
  const user = requireAdmin(actor);
  const parsed = reviewSettingSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELD, fieldErrorsOf(parsed.error));
  const { requiresReview } = parsed.data;
  const { instrumentId, requiresReview: before } = await getReviewSetting(db);
  if (before === requiresReview) return { requiresReview };
  await db.$transaction(async (tx) => {
    await tx.instrument.update({ where: { id: instrumentId }, data: { requiresReview }, select: { id: true } });
    await writeAuditEntry(tx, {
      actor: user,
      action: "instrument.review-setting",
      entityType: "instrument",
      entityId: instrumentId,
      before: { requiresReview: before },
      after: { requiresReview },
    });
  });
  return { requiresReview };
}
