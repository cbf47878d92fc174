import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { TRANSLATED_LOCALES, type TranslatedLocale } from "@/lib/i18n/translated-locales";
import { completeCommitments, readOfficialText } from "./code-text-for";
import { getInstrument } from "./get-instrument";

/** Each other language's official text as far as entered, for the administrators' page. */
export async function listOfficialTexts(db: Database, actor: ActingUser | null) {
  requireAdmin(actor);
  const instrument = await getInstrument(db);
  return Promise.all(
    TRANSLATED_LOCALES.map(async (locale) => {
      const stored = await readOfficialText(db, instrument.id, locale);
      return {
        locale,
        entered: stored?.commitments.length ?? 0,
        total: instrument.commitments.length,
        isComplete: stored !== null && completeCommitments(instrument, stored) !== null,
      };
    }),
  );
}

/** The English text's structure and one language's official text as entered so far, for its form. */
export async function getOfficialTextForEditing(db: Database, actor: ActingUser | null, locale: TranslatedLocale) {
  requireAdmin(actor);
  const instrument = await getInstrument(db);
  return { english: instrument, stored: await readOfficialText(db, instrument.id, locale) };
}
