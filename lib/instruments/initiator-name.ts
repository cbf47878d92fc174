import "server-only";
import type { Database } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { readParticipantReference } from "@/lib/participants/read-participant-reference";

/**
 * The instrument's initiator as a reader of `locale` names it. The record holds it as English text
 * ("Kazakhstan"); when a participant has that name, it is named like every participant (CLDR for states),
 * otherwise the English text is returned, with `lang: "en"` for the page to mark it.
 */
export async function initiatorName(db: Database, initiator: string, locale: Locale): Promise<{ name: string; lang: Locale }> {
  const [reference, namer] = await Promise.all([readParticipantReference(db), getParticipantNamer(db, locale)]);
  const participant = [...reference.values()].find((candidate) => candidate.name === initiator);
  return participant ? { name: namer.nameOf(participant), lang: locale } : { name: initiator, lang: "en" };
}
