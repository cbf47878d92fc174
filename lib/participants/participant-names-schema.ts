import { z } from "zod";
import type { TranslatedLocale } from "@/lib/i18n/translated-locales";
import { optionalText } from "@/lib/validation/fields";

// The form of an organisation's names in the other UN languages: one optional field per language, named by
// the language's code ("name-ru"). A blank field removes the name, and pages show the English one.

export const NAME_MAX = 200;

export const nameField = <L extends TranslatedLocale>(locale: L) => `name-${locale}` as const;

export const participantNamesSchema = z.object({
  participant: z.string({ message: "Choose an organisation" }).trim().min(1, { message: "Choose an organisation" }).max(100),
  "name-ar": optionalText("The Arabic name", NAME_MAX),
  "name-zh": optionalText("The Chinese name", NAME_MAX),
  "name-fr": optionalText("The French name", NAME_MAX),
  "name-ru": optionalText("The Russian name", NAME_MAX),
  "name-es": optionalText("The Spanish name", NAME_MAX),
});
