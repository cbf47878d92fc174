import "server-only";
import type { Database } from "@/lib/db";
import { isTranslatedLocale } from "@/lib/i18n/translated-locales";
import type { TranslatedNames } from "@/lib/i18n/participant-name";
import { cachedRead } from "@/lib/record/cached-read";
import { PUBLIC_PARTICIPANT_SELECT, type PublicParticipant } from "./public-participant";

/** A participant as pages name and search it: its public fields and, for organisations, its names per language. */
export type ReferenceParticipant = PublicParticipant & { id: string; translatedNames: TranslatedNames };

/** Turns the stored rows of an organisation's names into a name per language. */
export function toTranslatedNames(rows: readonly { locale: string; name: string }[]): TranslatedNames {
  const names: TranslatedNames = {};
  for (const row of rows) if (isTranslatedLocale(row.locale)) names[row.locale] = row.name;
  return names;
}

/** Every participant by code, with its names: reference data for naming and searching rows that carry only the code. */
export function readParticipantReference(db: Database): Promise<Map<string, ReferenceParticipant>> {
  return cachedRead(db, "participant-reference", async () => {
    const rows = await db.participant.findMany({
      select: { id: true, ...PUBLIC_PARTICIPANT_SELECT, translatedNames: { select: { locale: true, name: true } } },
    });
    return new Map(rows.map(({ translatedNames, ...row }) => [row.code, { ...row, translatedNames: toTranslatedNames(translatedNames) }]));
  });
}
