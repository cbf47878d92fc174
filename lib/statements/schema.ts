import { z } from "zod";
import { PublicationStatus, StatementKind } from "@/generated/prisma/enums";
import { isIsoDay, todayIso } from "@/lib/dates/partial-date";
import { cleanText, optionalHttpUrl } from "@/lib/validation/fields";

export const statementInputSchema = z.object({
  participant: z.string().trim().min(1, { message: "Choose the participant: type a name or ISO code and pick it from the list" }).max(200),
  kind: z.enum(StatementKind, { message: "Choose declaration, reservation or implementation note" }),
  text: cleanText({ message: "Enter the statement's text" })
    .min(1, { message: "Enter the statement's text" })
    .max(4000, { message: "The text is too long: use at most 4,000 characters" }),
  commitments: z
    .array(z.coerce.number().int().min(1).max(10), { message: "Tick at least one commitment" })
    .min(1, { message: "Tick at least one commitment the statement refers to" })
    .max(10),
  madeOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isIsoDay(value), { message: "Write the date as YYYY-MM-DD" })
    .refine((value) => value === null || value <= todayIso(), { message: "The date is after today" }),
  sourceUrl: optionalHttpUrl("Source URL"),
  status: z.enum(PublicationStatus, { message: "Choose Draft or Published" }),
});
