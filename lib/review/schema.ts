import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { cleanText } from "@/lib/validation/fields";

// The forms of /editor/review: approve an item, return it with a comment, and the administrators' setting.

/**
 * What can wait for review: a new or unpublished action, a correction to a published action, a statement, a
 * batch, or another change to a published record (a deletion, an undo, an evidence document: pending-change.ts).
 */
export const REVIEW_SUBJECT_TYPES = ["action", "correction", "statement", "batch", "change"] as const;
export type ReviewSubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

export const COMMENT_MAX_LENGTH = 2000;

const RELOAD = messageKey("editor.review.errors.reload");
const COMMENT_REQUIRED = messageKey("editor.review.errors.commentRequired");

export const reviewDecisionSchema = z.object({
  subjectType: z.enum(REVIEW_SUBJECT_TYPES, { message: RELOAD }),
  subjectId: z.string({ message: RELOAD }).trim().min(1).max(40),
  /** The version the reviewer was shown: a change since then refuses the decision. */
  version: z.coerce.number({ message: RELOAD }).int().min(1),
});

export const returnDecisionSchema = reviewDecisionSchema.extend({
  comment: cleanText({ message: COMMENT_REQUIRED })
    .min(1, { message: COMMENT_REQUIRED })
    .max(COMMENT_MAX_LENGTH, { message: messageKey("editor.review.errors.commentTooLong", { max: COMMENT_MAX_LENGTH }) }),
});

export const reviewSettingSchema = z.object({
  // An unticked checkbox sends nothing: absent means off.
  requiresReview: z
    .enum(["on"], { message: messageKey("editor.review.errors.tickOrLeave") })
    .optional()
    .transform((value) => value === "on"),
});
