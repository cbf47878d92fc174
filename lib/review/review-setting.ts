import "server-only";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** Whether the instrument requires a second reviewer before anything becomes public. */
export async function getReviewSetting(db: Database | Transaction): Promise<{ instrumentId: string; requiresReview: boolean }> {
  const instrument = await db.instrument.findUniqueOrThrow({
    where: { slug: INSTRUMENT_SLUG },
    select: { id: true, requiresReview: true },
  });
  return { instrumentId: instrument.id, requiresReview: instrument.requiresReview };
}

/**
 * Whether a change to a record (deleting it, undoing it, its documents) must wait for a second editor: the
 * record is public, and the instrument requires review. Changes to what the public does not see go at once.
 */
export async function mustWaitForReview(tx: Database | Transaction, isPublic: boolean): Promise<boolean> {
  return isPublic && (await getReviewSetting(tx)).requiresReview;
}

/** The statuses an editor may choose on a form: "published" only when no second reviewer is required. */
export function statusChoicesOf(requiresReview: boolean): ("draft" | "submitted" | "published")[] {
  return requiresReview ? ["draft", "submitted"] : ["draft", "published"];
}

/**
 * Refuses to publish directly while review is required, whoever asks (administrators included): the
 * status field's message says what to choose instead.
 */
export function assertMayPublishDirectly(requiresReview: boolean, status: string): void {
  if (requiresReview && status === "published") {
    throw new AppError("validation", CHECK_THE_FIELDS, { status: messageKey("editor.review.errors.publishNeedsReview") });
  }
}
