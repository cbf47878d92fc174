import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { TRANSLATED_LOCALES } from "@/lib/i18n/translated-locales";
import { optionalHttpUrl, optionalText, requiredText } from "@/lib/validation/fields";

// The form of an official text in another language, built from the English text's structure: one field per
// commitment ("commitment-8") and one per sub-point ("commitment-8-point-2"). A blank commitment is "not
// entered yet": an administrator may save a text commitment by commitment.

export const COMMITMENT_TEXT_MAX = 5000;

/** The commitments' structure the official text follows: numbers and how many sub-points each has. */
export type CommitmentStructure = { number: number; points: readonly unknown[] }[];

export const commitmentField = (number: number) => `commitment-${number}`;
export const pointField = (number: number, position: number) => `commitment-${number}-point-${position}`;

/** The text's language, title and source. */
export const officialTextHeadingSchema = z.object({
  locale: z.enum(TRANSLATED_LOCALES, { message: messageKey("validation.officialText.chooseLanguage") }),
  title: requiredText(messageKey("validation.labels.title"), 500, messageKey("validation.officialText.enterTitle")),
  sourceTitle: requiredText(messageKey("validation.labels.sourceTitle"), 300, messageKey("validation.officialText.enterSourceTitle")),
  sourceUrl: optionalHttpUrl(messageKey("validation.labels.sourceAddress")).pipe(
    z.string({ message: messageKey("validation.officialText.enterSourceUrl") }),
  ),
});

/** One optional field per commitment and sub-point of the English text. */
export function commitmentFieldsSchemaFor(structure: CommitmentStructure) {
  const fields: Record<string, ReturnType<typeof optionalText>> = {};
  for (const commitment of structure) {
    fields[commitmentField(commitment.number)] = optionalText(
      messageKey("validation.labels.commitment", { number: commitment.number }),
      COMMITMENT_TEXT_MAX,
    );
    commitment.points.forEach((_point, index) => {
      fields[pointField(commitment.number, index + 1)] = optionalText(
        messageKey("validation.labels.commitmentPoint", { point: index + 1, number: commitment.number }),
        COMMITMENT_TEXT_MAX,
      );
    });
  }
  return z.object(fields);
}
