import { z } from "zod";
import { ACTION_LIMITS } from "@/lib/participant-actions/schema";
import { optionalText } from "@/lib/validation/fields";

// The forms of a batch: apply a previewed import, undo an applied batch. Messages say how to fix the input.

const batchId = z.string({ message: "Preview the file again" }).trim().min(1, { message: "Preview the file again" }).max(40);

export const applyImportSchema = z.object({
  batchId,
  reason: optionalText("Reason", ACTION_LIMITS.reason),
});

export const undoBatchSchema = z.object({
  batchId,
  reason: z
    .string({ message: "Say why this batch is undone" })
    .trim()
    .min(5, { message: "Say why this batch is undone (at least 5 characters): the reason is shown in the public history" })
    .max(ACTION_LIMITS.reason, { message: `Use at most ${ACTION_LIMITS.reason} characters` }),
});

export const uploadSchema = z.object({
  fileName: z
    .string()
    .trim()
    .transform((name) => name.split(/[\\/]/).pop() ?? "")
    .pipe(
      z
        .string()
        .min(1, { message: "Choose a CSV or Excel (.xlsx) file" })
        .max(255, { message: "The file name is too long: rename the file" }),
    ),
});

const rowTexts = z
  .array(z.string().max(400, { message: "This value is too long" }))
  .max(5_000, { message: "At most 5,000 rows can be saved at once" });

/** A ceremony as its form posts it: the event's fields once, then one value per row for each column. */
export const ceremonySchema = z.object({
  date: z.string({ message: "Enter the date of the ceremony" }).max(40),
  place: z
    .string()
    .max(ACTION_LIMITS.place + 10)
    .default(""),
  evidenceUrl: z.string().max(2010).default(""),
  documentSymbol: z
    .string()
    .max(ACTION_LIMITS.documentSymbol + 10)
    .default(""),
  verification: z.string().max(40).default(""),
  "participant[]": rowTexts.default([]),
  "signerName[]": rowTexts.default([]),
  "signerTitle[]": rowTexts.default([]),
});
