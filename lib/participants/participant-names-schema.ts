import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import type { TranslatedLocale } from "@/lib/i18n/translated-locales";
import { optionalText } from "@/lib/validation/fields";

// The form of an organisation's names in the other UN languages: one optional field per language, named by
// the language's code ("name-ru"). A blank field removes the name, and pages show the English one.

export const NAME_MAX = 200;

export const nameField = <L extends TranslatedLocale>(locale: L) => `name-${locale}` as const;

export const participantNamesSchema = z.object({
  participant: z
    .string({ message: messageKey("validation.names.chooseOrganisation") })
    .trim()
    .min(1, { message: messageKey("validation.names.chooseOrganisation") })
    .max(100),
  "name-ar": optionalText(messageKey("validation.labels.arabicName"), NAME_MAX),
  "name-zh": optionalText(messageKey("validation.labels.chineseName"), NAME_MAX),
  "name-fr": optionalText(messageKey("validation.labels.frenchName"), NAME_MAX),
  "name-ru": optionalText(messageKey("validation.labels.russianName"), NAME_MAX),
  "name-es": optionalText(messageKey("validation.labels.spanishName"), NAME_MAX),
});
