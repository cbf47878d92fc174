import { z } from "zod";
import { ActionKind, DatePrecision, PublicationStatus, VerificationLevel } from "@/generated/prisma/enums";
import { firstDayOf, lastDayOf, partialDateProblem, todayIso } from "@/lib/dates/partial-date";
import { optionalHttpUrl, optionalText } from "@/lib/validation/fields";

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
        .string({ message: "Choose the participant" })
        .trim()
        .min(1, { message: "Choose the participant: type a name or ISO code and pick it from the list" })
        .max(200, { message: "Choose the participant from the list" }),
      action: z.enum(ActionKind, { message: "Choose signature, accession or withdrawal" }),
      datePrecision: z.enum(DatePrecision, { message: "Choose how precisely the date is known" }),
      date: z
        .string()
        .trim()
        .max(10, { message: "Write the date as YYYY-MM-DD, YYYY-MM or YYYY" })
        .optional()
        .transform((value) => (value ? value : null)),
      place: optionalText("Place or event", ACTION_LIMITS.place),
      signerName: optionalText("Signer name", ACTION_LIMITS.signerName),
      signerTitle: optionalText("Signer title", ACTION_LIMITS.signerTitle),
      evidenceUrl: optionalHttpUrl("Evidence URL"),
      documentSymbol: optionalText("Document symbol", ACTION_LIMITS.documentSymbol),
      evidenceDescription: optionalText("Evidence description", ACTION_LIMITS.evidenceDescription),
      verification: z.enum(VerificationLevel, { message: "Choose how the signature is verified" }),
      notes: optionalText("Notes", ACTION_LIMITS.notes),
      status: z.enum(PublicationStatus, { message: "Choose Draft or Published" }),
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
        ctx.addIssue({ code: "custom", path: ["date"], message: "The date is after today — signatures cannot be recorded in advance" });
      } else if (last && last < context.openedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: `The date is before the Code opened for signature on ${context.openedOn} — check the year`,
        });
      }
    });
}

export type ActionInput = z.output<ReturnType<typeof createActionInputSchema>>;

export const correctionSchema = z.object({
  id: z.string().min(1).max(40),
  version: z.coerce.number({ message: "Reload the page and try again" }).int().min(1),
  reason: optionalText("Reason for the correction", ACTION_LIMITS.reason),
});

export const deletionSchema = z.object({
  id: z.string().min(1).max(40),
  reason: z
    .string()
    .trim()
    .min(5, { message: "Say why this record is deleted (at least 5 characters): the reason stays in the audit log" })
    .max(ACTION_LIMITS.reason, { message: `Use at most ${ACTION_LIMITS.reason} characters` }),
});
