// Builds bench/…/synthetic-40k.db: 200 instruments × 200 participants = 40,000 published signatures, in a
// database migrated exactly like the app's. Reusable by any benchmark: `tsx bench/generate-synthetic-database.ts [path]`.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createPrismaClient } from "@/lib/db";
import type { DatePrecision } from "@/generated/prisma/enums";
import { lastDayOf } from "@/lib/dates/partial-date";
import { applyMigrations } from "@/scripts/prepare-database";

export const SYNTHETIC_DATABASE_PATH = resolve("data/bench/synthetic-40k.db");
export const SYNTHETIC_INSTRUMENTS = 200;
export const SYNTHETIC_PARTICIPANTS = 200;

// Names in the scripts the record holds, with commas, quotes and formula-like text, so exports do real work.
const NAME_STEMS = [
  "Türkiye",
  "Côte d'Ivoire",
  "Кыргызстан",
  "São Tomé and Príncipe",
  'Lao People\'s "Democratic" Republic',
  "Bosnia, Herzegovina",
  "=Formula Land",
  "Ελλάδα",
];
const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"];
const PRECISIONS: DatePrecision[] = ["day", "day", "day", "month", "year", "unknown"];
const VERIFICATIONS = ["depositary", "official_statement", "press_report"] as const;

/** A deterministic pseudo-random sequence, so every run builds the same database. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function dateFor(random: () => number, precision: DatePrecision): string | null {
  if (precision === "unknown") return null;
  const year = 2018 + Math.floor(random() * 8);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  return precision === "year" ? String(year) : precision === "month" ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export async function generateSyntheticDatabase(path: string = SYNTHETIC_DATABASE_PATH): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const url = `file:${path}`;
  applyMigrations(url);
  const db = createPrismaClient(url);
  const random = sequence(2018);
  try {
    await db.instrument.createMany({
      data: Array.from({ length: SYNTHETIC_INSTRUMENTS }, (_, index) => ({
        id: `instrument-${index + 1}`,
        slug: `synthetic-instrument-${String(index + 1).padStart(3, "0")}`,
        title: `Synthetic instrument ${index + 1} on counter-terrorism co-operation`,
        shortTitle: `Synthetic ${index + 1}`,
        openedOn: "2018-09-28",
        place: "United Nations Headquarters, New York",
        initiator: "Benchmark",
        summary: "Synthetic data for benchmarks.",
        sourceTitle: "Synthetic",
      })),
    });
    await db.participant.createMany({
      data: Array.from({ length: SYNTHETIC_PARTICIPANTS }, (_, index) => ({
        id: `participant-${index + 1}`,
        code: `p${String(index + 1).padStart(3, "0")}`,
        kind: index % 20 === 19 ? ("organization" as const) : ("state" as const),
        name: `${NAME_STEMS[index % NAME_STEMS.length]} ${index + 1}`,
        iso2: `${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(65 + (index % 26))}`,
        iso3: `X${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(65 + (index % 26))}`,
        region: REGIONS[index % REGIONS.length],
        subregion: `${REGIONS[index % REGIONS.length]} subregion ${index % 3}`,
        unStatus: "member" as const,
      })),
    });
    for (let instrument = 1; instrument <= SYNTHETIC_INSTRUMENTS; instrument++) {
      const rows = Array.from({ length: SYNTHETIC_PARTICIPANTS }, (_, index) => {
        const datePrecision = PRECISIONS[Math.floor(random() * PRECISIONS.length)] ?? "day";
        const date = dateFor(random, datePrecision);
        return {
          instrumentId: `instrument-${instrument}`,
          participantId: `participant-${index + 1}`,
          action: random() < 0.8 ? ("signature" as const) : ("accession" as const),
          date,
          datePrecision,
          countsFrom: lastDayOf({ date, precision: datePrecision }),
          place: random() < 0.7 ? "United Nations Headquarters, New York" : `Capital city ${index + 1}`,
          signerName: `Minister ${index + 1} of “${NAME_STEMS[index % NAME_STEMS.length]}”`,
          signerTitle: "Minister of Foreign Affairs, and of International Co-operation",
          verification: VERIFICATIONS[Math.floor(random() * VERIFICATIONS.length)] ?? "depositary",
          evidenceUrl: `https://example.org/evidence/${instrument}/${index + 1}?lang=en&page=1`,
          documentSymbol: random() < 0.3 ? `A/73/${instrument}${index}` : null,
          status: "published" as const,
          publishedAt: new Date("2026-01-01T00:00:00Z"),
        };
      });
      await db.participantAction.createMany({ data: rows });
    }
    await db.recordRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("generate-synthetic-database.ts")) {
  const path = resolve(process.argv[2] ?? SYNTHETIC_DATABASE_PATH);
  const started = performance.now();
  generateSyntheticDatabase(path).then(
    () => {
      if (!existsSync(path)) process.exit(1);
      console.log(
        `Wrote ${path} (${SYNTHETIC_INSTRUMENTS * SYNTHETIC_PARTICIPANTS} signatures) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
