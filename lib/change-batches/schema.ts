import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { ACTION_LIMITS } from "@/lib/participant-actions/schema";
import { optionalText } from "@/lib/validation/fields";

// The forms of a batch: apply a previewed import, undo an applied batch. Messages say how to fix the input.

const batchId = z
  .string({ message: messageKey("validation.import.previewAgain") })
  .trim()
  .min(1, { message: messageKey("validation.import.previewAgain") })
  .max(40);

export const applyImportSchema = z.object({
  batchId,
  reason: optionalText(messageKey("validation.labels.reason"), ACTION_LIMITS.reason),
});

export const undoBatchSchema = z.object({
  batchId,
  reason: z
    .string({ message: messageKey("validation.import.undoReasonMissing") })
    .trim()
    .min(5, { message: messageKey("validation.import.undoReasonShort") })
    .max(ACTION_LIMITS.reason, { message: messageKey("validation.fields.atMost", { max: ACTION_LIMITS.reason }) }),
});

export const uploadSchema = z.object({
  fileName: z
    .string()
    .trim()
    .transform((name) => name.split(/[\\/]/).pop() ?? "")
    .pipe(
      z
        .string()
        .min(1, { message: messageKey("validation.import.chooseFile") })
        .max(255, { message: messageKey("validation.import.fileNameTooLong") }),
    ),
});

const rowTexts = z
  .array(z.string().max(400, { message: messageKey("validation.fields.valueTooLong") }))
  .max(5_000, { message: messageKey("validation.import.tooManyRows", { max: 5_000 }) });

/** A ceremony as its form posts it: the event's fields once, then one value per row for each column. */
export const ceremonySchema = z.object({
  date: z.string({ message: messageKey("validation.ceremony.enterDate") }).max(40),
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
