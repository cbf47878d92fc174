import "server-only";
import type { Database } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { cachedRead } from "@/lib/record/cached-read";
import type { getInstrument } from "./get-instrument";

// The Code's text for a reader of a language. The English text is the one the record holds; another
// language shows an official text only once an administrator has entered every commitment of it from a
// cited source (lib/instruments/save-official-text.ts). Nothing is machine-translated: until then the
// English text is returned, flagged, and the page says so in the reader's language.

type Instrument = Awaited<ReturnType<typeof getInstrument>>;

export type CodeCommitment = { number: number; text: string; points: { position: number; text: string }[] };

export type CodeText = {
  /** The language the text is in: the one asked for, or English. */
  locale: Locale;
  /** True when another language was asked for and no complete official text exists for it. */
  isEnglishFallback: boolean;
  title: string;
  commitments: CodeCommitment[];
  source: { title: string; url: string | null };
};

/** The official text stored for a language, as entered (possibly incomplete), or null. */
export function readOfficialText(db: Database, instrumentId: string, locale: Locale) {
  return cachedRead(db, `official-text:${instrumentId}:${locale}`, async () => {
    const text = await db.officialText.findUnique({
      where: { instrumentId_locale: { instrumentId, locale } },
      select: {
        title: true,
        sourceTitle: true,
        sourceUrl: true,
        updatedAt: true,
        commitments: { orderBy: { number: "asc" }, select: { number: true, text: true, points: true } },
      },
    });
    if (!text) return null;
    return {
      ...text,
      commitments: text.commitments.map((commitment) => ({ ...commitment, points: JSON.parse(commitment.points) as string[] })),
    };
  });
}

/** The official text's commitments in the English text's structure, or null while any part is missing. */
export function completeCommitments(
  instrument: Pick<Instrument, "commitments">,
  stored: { commitments: { number: number; text: string; points: string[] }[] },
): CodeCommitment[] | null {
  const byNumber = new Map(stored.commitments.map((commitment) => [commitment.number, commitment]));
  const commitments: CodeCommitment[] = [];
  for (const english of instrument.commitments) {
    const entered = byNumber.get(english.number);
    if (!entered?.text) return null;
    const points = english.points.map((point, index) => ({ position: point.position, text: entered.points[index] ?? "" }));
    if (points.some((point) => !point.text)) return null;
    commitments.push({ number: english.number, text: entered.text, points });
  }
  return commitments;
}

function englishText(instrument: Instrument, isEnglishFallback: boolean): CodeText {
  return {
    locale: "en",
    isEnglishFallback,
    title: instrument.title,
    commitments: instrument.commitments.map((commitment) => ({
      number: commitment.number,
      text: commitment.text,
      points: commitment.points,
    })),
    source: { title: instrument.sourceTitle, url: instrument.sourceUrl },
  };
}

/** The Code's text in `locale` if an administrator entered a complete official text, else the English text flagged as a fallback. */
export async function codeTextFor(db: Database, instrument: Instrument, locale: Locale): Promise<CodeText> {
  if (locale === "en") return englishText(instrument, false);
  const stored = await readOfficialText(db, instrument.id, locale);
  const commitments = stored && completeCommitments(instrument, stored);
  if (!stored || !commitments) return englishText(instrument, true);
  return {
    locale,
    isEnglishFallback: false,
    title: stored.title,
    commitments,
    source: { title: stored.sourceTitle, url: stored.sourceUrl },
  };
}
