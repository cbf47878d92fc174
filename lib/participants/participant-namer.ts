import "server-only";
import type { Database } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { participantName, type NameableParticipant } from "@/lib/i18n/participant-name";
import { readParticipantReference } from "./read-participant-reference";

// Pages, the map and the timeline show rows that carry a participant's code and English name (list rows,
// standings, ledger records). This names them in the reader's language: states from CLDR, organisations
// from the names administrators entered (looked up by code), English where none is known.

type NamedRow = NameableParticipant & { code: string };

export type ParticipantNamer = {
  locale: Locale;
  /** The participant's name in the reader's language. */
  nameOf: (participant: NamedRow) => string;
  /**
   * The name of the participant with this code in the reader's language, for rows that carry only a code
   * and perhaps the English name they were recorded with (ledger records, comparisons). In English a
   * recorded name is kept: a past revision names a participant as it was named then. The code itself when
   * no participant has it any more and no name was recorded.
   */
  nameOfCode: (code: string, recordedName?: string) => string;
  /** The rows with `name` in the reader's language, for components that show `row.name`. */
  named: <Row extends NamedRow>(rows: readonly Row[]) => Row[];
  /** Compares names as a reader of the language sorts them. */
  compareNames: (a: string, b: string) => number;
};

/** Names participants in `locale` (what next-intl's getLocale() gives; anything unknown is English). */
export async function getParticipantNamer(db: Database, requested: string): Promise<ParticipantNamer> {
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const reference = await readParticipantReference(db);
  const nameOf = (participant: NamedRow) =>
    participantName(
      { ...participant, translatedNames: participant.translatedNames ?? reference.get(participant.code)?.translatedNames },
      locale,
    );
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return {
    locale,
    nameOf,
    nameOfCode: (code, recordedName) => {
      const participant = reference.get(code);
      if (recordedName && (locale === DEFAULT_LOCALE || !participant)) return recordedName;
      return participant ? nameOf(participant) : code;
    },
    named: (rows) => rows.map((row) => ({ ...row, name: nameOf(row) })),
    compareNames: (a, b) => collator.compare(a, b),
  };
}
