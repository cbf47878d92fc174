import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { PublicationStatus, StatementKind } from "@/generated/prisma/enums";
import { isIsoDay, todayIso } from "@/lib/dates/partial-date";
import { cleanText, editedRecordFields, optionalHttpUrl } from "@/lib/validation/fields";

export const statementInputSchema = z.object({
  participant: z
    .string()
    .trim()
    .min(1, { message: messageKey("validation.fields.participantMissing") })
    .max(200),
  kind: z.enum(StatementKind, { message: messageKey("validation.statements.chooseKind") }),
  text: cleanText({ message: messageKey("validation.statements.enterText") })
    .min(1, { message: messageKey("validation.statements.enterText") })
    .max(4000, { message: messageKey("validation.fields.tooLong", { label: messageKey("validation.labels.text"), max: 4000 }) }),
  commitments: z
    .array(z.coerce.number().int().min(1).max(10), { message: messageKey("validation.statements.tickCommitment") })
    .min(1, { message: messageKey("validation.statements.tickCommitmentReferred") })
    .max(10),
  madeOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isIsoDay(value), { message: messageKey("validation.statements.dateForm") })
    .refine((value) => value === null || value <= todayIso(), { message: messageKey("validation.statements.dateInFuture") }),
  sourceUrl: optionalHttpUrl(messageKey("validation.labels.sourceUrl")),
  status: z.enum(PublicationStatus, { message: messageKey("validation.fields.chooseStatus") }),
});

/** An edit of a saved, unpublished statement: its fields, and the version the editor started from. */
export const statementUpdateSchema = statementInputSchema.extend(editedRecordFields);

/** The statement's own columns, as a valid form gives them. */
export function recordedStatementValues(input: z.infer<typeof statementInputSchema>) {
  return { kind: input.kind, text: input.text, madeOn: input.madeOn, sourceUrl: input.sourceUrl, status: input.status };
}
