import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { ActionKind, DatePrecision, PublicationStatus, VerificationLevel } from "@/generated/prisma/enums";
import { firstDayOf, lastDayOf, partialDateProblem, todayIso } from "@/lib/dates/partial-date";
import { editedRecordFields, optionalHttpUrl, optionalText } from "@/lib/validation/fields";

// One schema for the action form and the server. The form posts strings; this turns them into a
// record or into one message per field that says how to fix it.

export const ACTION_LIMITS = {
  place: 300,
  signerName: 200,
  signerTitle: 200,
  documentSymbol: 100,
  evidenceDescription: 2000,
  notes: 4000,
  reason: 500,
};

export function createActionInputSchema(context: { openedOn: string; today?: string }) {
  return z
    .object({
      participant: z
        .string({ message: messageKey("validation.signature.chooseParticipant") })
        .trim()
        .min(1, { message: messageKey("validation.fields.participantMissing") })
        .max(200, { message: messageKey("validation.signature.participantFromList") }),
      action: z.enum(ActionKind, { message: messageKey("validation.fields.chooseAction") }),
      datePrecision: z.enum(DatePrecision, { message: messageKey("validation.signature.choosePrecision") }),
      date: z
        .string()
        .trim()
        .max(10, { message: messageKey("validation.signature.dateForm") })
        .optional()
        .transform((value) => (value ? value : null)),
      place: optionalText(messageKey("validation.labels.placeOrEvent"), ACTION_LIMITS.place),
      signerName: optionalText(messageKey("validation.labels.signerName"), ACTION_LIMITS.signerName),
      signerTitle: optionalText(messageKey("validation.labels.signerTitle"), ACTION_LIMITS.signerTitle),
      evidenceUrl: optionalHttpUrl(messageKey("validation.labels.evidenceUrl")),
      documentSymbol: optionalText(messageKey("validation.labels.documentSymbol"), ACTION_LIMITS.documentSymbol),
      evidenceDescription: optionalText(messageKey("validation.labels.evidenceDescription"), ACTION_LIMITS.evidenceDescription),
      verification: z.enum(VerificationLevel, { message: messageKey("validation.signature.chooseVerification") }),
      notes: optionalText(messageKey("validation.labels.notes"), ACTION_LIMITS.notes),
      status: z.enum(PublicationStatus, { message: messageKey("validation.fields.chooseStatus") }),
    })
    .superRefine((input, ctx) => {
      const problem = partialDateProblem(input.date, input.datePrecision);
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["date"], message: problem });
        return;
      }
      const today = context.today ?? todayIso();
      const first = firstDayOf({ date: input.date, precision: input.datePrecision });
      const last = lastDayOf({ date: input.date, precision: input.datePrecision });
      if (first && first > today) {
        ctx.addIssue({ code: "custom", path: ["date"], message: messageKey("validation.signature.dateInFuture") });
      } else if (last && last < context.openedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: messageKey("validation.signature.dateBeforeOpening", { openedOn: context.openedOn }),
        });
      }
    });
}

export type ActionInput = z.output<ReturnType<typeof createActionInputSchema>>;

export const correctionSchema = z.object({
  ...editedRecordFields,
  reason: optionalText(messageKey("validation.labels.correctionReason"), ACTION_LIMITS.reason),
});

export const deletionSchema = z.object({
  id: z.string().min(1).max(40),
  reason: z
    .string()
    .trim()
    .min(5, { message: messageKey("validation.signature.deletionReason") })
    .max(ACTION_LIMITS.reason, { message: messageKey("validation.fields.atMost", { max: ACTION_LIMITS.reason }) }),
});
