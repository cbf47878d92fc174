import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { lastDayOf, todayIso } from "@/lib/dates/partial-date";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { ACTION_LIMITS } from "@/lib/participant-actions/schema";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { withoutControlCharacters } from "@/lib/validation/fields";
import { INJECTION_PAYLOADS } from "@/tests/hostile-input";
import { csvFile, csvRows, exportedFile } from "@/tests/import-files";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { applyImport } from "./apply-import";
import { previewImport } from "./preview-import";

// The round-trip guarantee, on random records: whatever valid values the record holds, its CSV and XLSX
// exports import unchanged as "0 new, 0 corrections". And random corruptions of such a file never write
// anything: the preview refuses the file, or shows errors, and applying it is refused.

const RUNS = 30;
type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
let database: Database;
let admin: ActingUser;
let instrumentId: string;
let participantIds: { id: string; code: string }[];

beforeAll(async () => {
  database = await createSeededTestDatabase();
  admin = await database.actingUser("admin");
  instrumentId = (await database.db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG } })).id;
  participantIds = await database.db.participant.findMany({
    where: { kind: "state" },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
});
afterAll(() => database.drop());

// Text as the form stores it (control characters gone, trimmed, bounded), with the characters exports
// must survive: separators, quotes, formula starts, line breaks, scripts other than Latin.
const AWKWARD = [",", ";", '"', "'", "=", "+", "-", "@", "\n", "\t", " ", "é", "ß", "中", "ع", "a", "Z", "1"];
/**
 * An apostrophe before a formula character where a cell starts is how spreadsheets (and our exports) write
 * an inert formula: it reads back without the apostrophe, as Excel shows it. The record's own values
 * never start so unless typed that way; docs/import.md says so.
 */
const OUR_APOSTROPHE = /(^|[,;\t\r\n] *)'[=+\-@\t\r]/;
const storedText = (max: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 3 })), { maxLength: 12 })
    .map((parts) => withoutControlCharacters(parts.join("")).trim().slice(0, max).trim())
    .filter((text) => !OUR_APOSTROPHE.test(text))
    .map((text) => text || null);

const OPENED = Date.UTC(2018, 8, 28);
const day = fc
  .integer({ min: 0, max: Math.floor((Date.parse(todayIso()) - OPENED) / 86_400_000) })
  .map((offset) => new Date(OPENED + offset * 86_400_000).toISOString().slice(0, 10));
const partialDate = fc.oneof(
  day.map((date) => ({ date, datePrecision: "day" as const })),
  day.filter((date) => date.slice(0, 7) > "2018-09").map((date) => ({ date: date.slice(0, 7), datePrecision: "month" as const })),
  day.filter((date) => date.slice(0, 4) > "2018").map((date) => ({ date: date.slice(0, 4), datePrecision: "year" as const })),
  fc.constant({ date: null, datePrecision: "unknown" as const }),
);
const record = fc.record({
  action: fc.constantFrom("signature" as const, "accession" as const),
  dated: partialDate,
  place: storedText(ACTION_LIMITS.place),
  signerName: storedText(ACTION_LIMITS.signerName),
  signerTitle: storedText(ACTION_LIMITS.signerTitle),
  documentSymbol: storedText(ACTION_LIMITS.documentSymbol),
  verification: fc.constantFrom("depositary" as const, "official_statement" as const, "press_report" as const),
  // Stored as the form stores it: normalised by the URL parser (lib/validation/fields.ts), "/" for an empty path.
  evidenceUrl: fc.option(
    fc.webPath().map((path) => new URL(`https://example.org${encodeURI(path)}`).href),
    { nil: null },
  ),
});
type GeneratedRecord = typeof record extends fc.Arbitrary<infer Value> ? Value : never;
const records = fc.uniqueArray(fc.tuple(fc.nat({ max: 150 }), record), {
  minLength: 1,
  maxLength: 15,
  selector: ([participant]) => participant,
});

/** Replaces every action in the record with these, published, as if editors had saved them. */
async function replaceRecord(rows: [number, GeneratedRecord][]) {
  await database.db.$transaction(async (tx) => {
    await tx.participantAction.deleteMany({});
    for (const [index, { dated, ...fields }] of rows) {
      await tx.participantAction.create({
        data: {
          ...fields,
          ...dated,
          countsFrom: lastDayOf({ date: dated.date, precision: dated.datePrecision }),
          instrumentId,
          participantId: participantIds[index]!.id,
          status: "published",
          publishedAt: new Date(),
        },
      });
    }
    await bumpRecordRevision(tx);
  });
}

async function recordState() {
  const { actions, audit, revision } = await database.snapshot();
  return { actions, audit, revision };
}

describe("round trip on random records", () => {
  it("exports of any valid record import as 0 new, 0 corrections, 0 errors (CSV and XLSX)", async () => {
    await fc.assert(
      fc.asyncProperty(records, async (rows) => {
        await replaceRecord(rows);
        for (const format of ["csv", "xlsx"] as const) {
          const { batchId } = await previewImport(database.db, admin, {
            fileName: `export.${format}`,
            bytes: await exportedFile(database.db, format),
          });
          const batch = await database.db.changeBatch.findUniqueOrThrow({ where: { id: batchId } });
          expect({
            format,
            ...batch,
            plan: batch.errorCount || batch.correctionCount ? (JSON.parse(batch.plan) as unknown) : null,
          }).toMatchObject({
            newCount: 0,
            correctionCount: 0,
            errorCount: 0,
            unchangedCount: rows.length,
          });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Corruptions that make a row or the file invalid; each says where it strikes.
type Corruption = (rows: string[][]) => string[][] | Buffer;
const cell = (rows: string[][], pick: number, column: string, value: string) => {
  const copy = rows.map((row) => [...row]);
  const target = 1 + (pick % (copy.length - 1));
  copy[target]![copy[0]!.indexOf(column)] = value;
  return copy;
};
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("=1+1", "+cmd", "-2", "@SUM(A1)", '=HYPERLINK("http://x")'),
      fc.constantFrom("place", "signer_name", "signer_title"),
    )
    .map(
      ([pick, formula, column]) =>
        (rows: string[][]) =>
          cell(rows, pick, column, formula),
    ),
  fc.tuple(fc.nat(), fc.constantFrom("Atlantis", "Korea", "", "zzz", ...INJECTION_PAYLOADS.slice(0, 5))).map(
    ([pick, name]) =>
      (rows: string[][]) =>
        cell(rows, pick, "code", name),
  ),
  fc.tuple(fc.nat(), fc.constantFrom("09/10/2019", "2019-02-30", "2017-01-01", "2999", "yesterday", "")).map(
    ([pick, date]) =>
      (rows: string[][]) =>
        cell(rows, pick, "date", date),
  ),
  fc.tuple(fc.nat(), fc.constantFrom("javascript:alert(1)", "ftp://x", "not a url")).map(
    ([pick, url]) =>
      (rows: string[][]) =>
        cell(rows, pick, "evidence_url", url),
  ),
  fc.tuple(fc.nat(), fc.constantFrom("rumour", "verified", "official")).map(
    ([pick, level]) =>
      (rows: string[][]) =>
        cell(rows, pick, "verification", level),
  ),
  fc.tuple(fc.nat(), fc.constantFrom("ratification", "signed")).map(
    ([pick, action]) =>
      (rows: string[][]) =>
        cell(rows, pick, "action", action),
  ),
  fc.nat().map((pick) => (rows: string[][]) => [...rows, [...rows[1 + (pick % (rows.length - 1))]!]]),
  fc.constant((rows: string[][]) => [rows[0]!, rows[0]!.map(() => ""), ...rows.slice(1)]),
  fc.constantFrom("signer nmae", "code", "").map((header) => (rows: string[][]) => [[...rows[0]!, header || "date"], ...rows.slice(1)]),
  fc.nat().map((cut) => (rows: string[][]) => {
    const bytes = csvFile(rows);
    return Buffer.concat([bytes.subarray(0, 20 + (cut % 50)), Buffer.from('"unclosed')]);
  }),
  fc.constant(() => Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xff, 0xfe, 0x00])),
);

describe("random corruptions", () => {
  it("never write anything: the file is refused, or its preview has errors and cannot be applied", async () => {
    const tally = { refusedFile: 0, rowErrors: 0 };
    await fc.assert(
      fc.asyncProperty(records, fc.array(corruption, { minLength: 1, maxLength: 3 }), async (rows, corruptions) => {
        await replaceRecord(rows);
        let file: string[][] | Buffer = csvRows(await exportedFile(database.db, "csv"));
        for (const corrupt of corruptions) if (!Buffer.isBuffer(file)) file = corrupt(file);
        const bytes = Buffer.isBuffer(file) ? file : csvFile(file);
        const before = await recordState();
        let batchId: string;
        try {
          ({ batchId } = await previewImport(database.db, admin, { fileName: "corrupt.csv", bytes }));
        } catch (error) {
          expect(error).toMatchObject({ code: "validation", fieldErrors: { file: expect.any(String) as unknown } });
          tally.refusedFile += 1;
          expect(await recordState()).toEqual(before);
          return;
        }
        await expect(applyImport(database.db, admin, { batchId, reason: "Apply the corrupt file anyway" })).rejects.toMatchObject({
          code: "validation",
        });
        tally.rowErrors += 1;
        expect(await recordState()).toEqual(before);
      }),
      { numRuns: RUNS * 2 },
    );
    // Both kinds of refusal were met, so both paths were tried.
    expect(tally.refusedFile).toBeGreaterThan(0);
    expect(tally.rowErrors).toBeGreaterThan(0);
  });
});
