import { parse } from "csv-parse/sync";
import { z } from "zod";
import { DatePrecision } from "@/generated/prisma/enums";
import { firstDayOf, partialDateProblem } from "@/lib/dates/partial-date";
import type { TranslateMessage } from "@/lib/i18n/translate-message";

// Reads shared/reference/code-of-conduct-signatures-sourced.csv (copied to prisma/seed/data/) into
// signature records. Every row must be valid before anything is written: a bad row names itself.

/** Hosts that publish for a government or for the signing organisation itself, not press. */
const OFFICIAL_SOURCE_HOSTS = [
  "rusembindia.com", // Embassy of the Russian Federation in India
  "turkkon.org", // Turkic Council (Cooperation Council of Turkic Speaking States)
];

/**
 * Signers named in each row's own evidence text. Titles are the offices the evidence names; where it says
 * only "Minister" of a foreign minister taking part in the ceremony, the office is written out.
 */
const SIGNERS_FROM_EVIDENCE: Record<string, { signerName: string; signerTitle: string }> = {
  Kazakhstan: { signerName: "Kairat Abdrakhmanov", signerTitle: "Minister of Foreign Affairs" },
  "Russian Federation": { signerName: "Sergey Lavrov", signerTitle: "Minister of Foreign Affairs" },
  Tunisia: { signerName: "Khemaies Jhinaoui", signerTitle: "Minister of Foreign Affairs" },
  Morocco: { signerName: "Nasser Bourita", signerTitle: "Minister of Foreign Affairs" },
  Egypt: { signerName: "Sameh Shoukry", signerTitle: "Minister of Foreign Affairs" },
  "Turkic Council": { signerName: "Baghdad Amreyev", signerTitle: "Secretary General" },
};

const rowSchema = z.object({
  participant: z.string().trim().min(1, "participant is empty"),
  kind: z.enum(["state", "organization"], { message: "kind must be state or organization" }),
  iso2: z.string().trim(),
  date: z.string().trim(),
  date_precision: z.enum(DatePrecision, { message: "date_precision must be day, month, year or unknown" }),
  confidence: z.enum(["high", "medium", "low"], { message: "confidence must be high, medium or low" }),
  evidence: z.string().trim().min(1, "evidence is empty"),
  source_url: z.url({ protocol: /^https?$/, message: "source_url must be an http(s) URL" }),
});

export type SourcedSignature = {
  rowNumber: number;
  participantName: string;
  kind: "state" | "organization";
  iso2: string | null;
  action: "signature" | "accession";
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  signerName: string | null;
  signerTitle: string | null;
  evidenceUrl: string;
  evidenceDescription: string;
  verification: "official_statement" | "press_report";
  notes: string;
};

export class SeedDataError extends Error {
  constructor(
    public readonly rowNumber: number,
    detail: string,
  ) {
    super(`Seed file row ${rowNumber}: ${detail}. Nothing was written.`);
    this.name = "SeedDataError";
  }
}

function isOfficialSource(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return OFFICIAL_SOURCE_HOSTS.some((official) => host === official || host.endsWith(`.${official}`));
}

export function parseSourcedSignatures(
  csvText: string,
  context: {
    openedOn: string;
    ceremonyPlace: string;
    knownIso2: ReadonlySet<string>;
    /** Writes the domain's message keys (a date's problem) in English, for whoever runs the seed. */
    inEnglish: TranslateMessage;
  },
): SourcedSignature[] {
  const records: Record<string, string>[] = parse(csvText, { columns: true, skip_empty_lines: true, bom: true });
  return records.map((record, index) => {
    const rowNumber = index + 2; // the header is row 1
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) throw new SeedDataError(rowNumber, parsed.error.issues[0]?.message ?? "invalid row");
    const row = parsed.data;
    const label = `${row.participant}`;

    if (row.kind === "state" && !context.knownIso2.has(row.iso2.toUpperCase())) {
      throw new SeedDataError(rowNumber, `${label}: unknown ISO code "${row.iso2}"`);
    }
    const date = row.date === "" ? null : row.date;
    const dateProblem = partialDateProblem(date, row.date_precision);
    if (dateProblem) {
      throw new SeedDataError(rowNumber, `${label}: malformed date "${row.date}" (${context.inEnglish(dateProblem)})`);
    }

    const signer = SIGNERS_FROM_EVIDENCE[row.participant];
    const firstDay = firstDayOf({ date, precision: row.date_precision });
    const atCeremony = date === context.openedOn;
    return {
      rowNumber,
      participantName: row.participant,
      kind: row.kind,
      iso2: row.kind === "state" ? row.iso2.toUpperCase() : null,
      // A date whose period includes the opening day is the ceremony's signature; later ones (and the one
      // undated row, which its source reports as joining after the ceremony) joined by accession.
      action: firstDay !== null && firstDay <= context.openedOn ? "signature" : "accession",
      date,
      datePrecision: row.date_precision,
      place: atCeremony ? `${context.ceremonyPlace} (signing ceremony)` : null,
      signerName: signer?.signerName ?? null,
      signerTitle: signer?.signerTitle ?? null,
      evidenceUrl: row.source_url,
      evidenceDescription: row.evidence,
      verification: row.confidence === "high" && isOfficialSource(row.source_url) ? "official_statement" : "press_report",
      notes: `Source confidence: ${row.confidence}.`,
    };
  });
}
