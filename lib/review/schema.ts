import { z } from "zod";
import { cleanText } from "@/lib/validation/fields";

// The forms of /editor/review: approve an item, return it with a comment, and the administrators' setting.

/** What can wait for review: a new or unpublished action, a correction to a published action, a statement, a batch. */
export const REVIEW_SUBJECT_TYPES = ["action", "correction", "statement", "batch"] as const;
export type ReviewSubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

export const COMMENT_MAX_LENGTH = 2000;

export const reviewDecisionSchema = z.object({
  subjectType: z.enum(REVIEW_SUBJECT_TYPES, { message: "Reload the review page and try again" }),
  subjectId: z.string({ message: "Reload the review page and try again" }).trim().min(1).max(40),
  /** The version the reviewer was shown: a change since then refuses the decision. */
  version: z.coerce.number({ message: "Reload the review page and try again" }).int().min(1),
});

export const returnDecisionSchema = reviewDecisionSchema.extend({
  comment: cleanText({ message: "Enter a comment: say what the author should change" })
    .min(1, { message: "Enter a comment: say what the author should change" })
    .max(COMMENT_MAX_LENGTH, { message: `The comment is too long: use at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters` }),
});

export const reviewSettingSchema = z.object({
  // An unticked checkbox sends nothing: absent means off.
  requiresReview: z
    .enum(["on"], { message: "Tick the box or leave it empty" })
    .optional()
    .transform((value) => value === "on"),
});
