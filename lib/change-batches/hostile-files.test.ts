import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { MAX_DATA_ROWS, MAX_FILE_BYTES } from "@/lib/imports/import-limits";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { csvFile, xlsxFile } from "@/tests/import-files";
import { applyImport } from "./apply-import";
import type { PlannedRow } from "./plan-rows";
import { previewImport } from "./preview-import";
import { inEnglish, refusedInEnglish } from "@/tests/in-english";

// Files built to hurt: each gets a message that says what is wrong, and nothing is written — a file that
// cannot be read leaves not even a preview; a file with bad rows is kept as a preview that cannot be applied.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
let database: Database;
let admin: ActingUser;

beforeAll(async () => {
  database = await createSeededTestDatabase({ requiresReview: false });
  admin = await database.actingUser("admin");
});
afterAll(() => database.drop());

async function expectRefusedFile(bytes: Buffer, message: RegExp) {
  const before = { ...(await database.snapshot()), batches: await database.db.changeBatch.count() };
  expect(await refusedInEnglish(previewImport(database.db, admin, { fileName: "hostile.xlsx", bytes }))).toMatchObject({
    code: "validation",
    fieldErrors: { file: expect.stringMatching(message) },
  });
  expect({ ...(await database.snapshot()), batches: await database.db.changeBatch.count() }).toEqual(before);
}

async function expectRowErrors(bytes: Buffer, expected: { rowNumber: number; column: string; message: RegExp }[]) {
  const before = await database.snapshot();
  const { batchId } = await previewImport(database.db, admin, { fileName: "rows.csv", bytes });
  const batch = await database.db.changeBatch.findUniqueOrThrow({ where: { id: batchId } });
  const errors = (JSON.parse(batch.plan) as PlannedRow[]).flatMap((row) =>
    row.outcome === "error" ? row.problems.map((problem) => ({ rowNumber: row.rowNumber, ...problem })) : [],
  );
  // Stored as message keys: the preview writes them in the reader's language.
  expect(await inEnglish(errors.map(({ rowNumber, column, message }) => ({ rowNumber, column, message })))).toEqual(
    expected.map(({ rowNumber, column, message }) => ({ rowNumber, column, message: expect.stringMatching(message) as unknown })),
  );
  expect(await refusedInEnglish(applyImport(database.db, admin, { batchId, reason: "Try anyway" }))).toMatchObject({
    code: "validation",
    message: expect.stringMatching(/^Fix rows? .* Nothing was written\.$/),
  });
  expect(await database.snapshot()).toEqual(before);
}

/** A zip archive with one stored entry per part, written by hand so that its headers can lie. */
function zipOf(parts: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const compressed = deflateRawSync(part.data);
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.data.length;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(0, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + compressed.length;
  }
  const centralSize = central.reduce((sum, buffer) => sum + buffer.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

describe("files refused whole", () => {
  it("a zip bomb: parts that inflate to far more than a spreadsheet holds", async () => {
    const huge = Buffer.alloc(120 * 1024 * 1024, 0x20);
    await expectRefusedFile(zipOf([{ name: "xl/worksheets/sheet1.xml", data: huge }]), /zip bomb/);
  });

  it("a zip bomb that lies about its sizes", async () => {
    const lying = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(10 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    await expectRefusedFile(lying, /damaged or inflates past its declared size/);
  });

  it("XML entity tricks (billion laughs, external entities) in a workbook part", async () => {
    const laughs = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>',
    );
    const valid = await xlsxFile([
      ["participant", "date"],
      ["Kazakhstan", "2018-09-28"],
    ]);
    await expectRefusedFile(zipOf([{ name: "xl/sharedStrings.xml", data: laughs }]), /document type or entities/);
    const external = Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>', "utf16le");
    await expectRefusedFile(
      Buffer.concat([zipOf([{ name: "xl/workbook.xml", data: Buffer.concat([Buffer.from([0xff, 0xfe]), external]) }])]),
      /document type/,
    );
    expect(valid.length).toBeGreaterThan(0);
  });

  it("merged cells, hidden sheets, hidden rows", async () => {
    const rows = [
      ["participant", "date", "signer_name"],
      ["Kazakhstan", "2018-09-28", "A"],
      ["Tunisia", "2018-09-28", "B"],
    ];
    await expectRefusedFile(await xlsxFile(rows, (_w, sheet) => sheet.mergeCells("C2:C3")), /merged cells \(C2:C3\)/);
    await expectRefusedFile(
      await xlsxFile(rows, (workbook) => {
        workbook.addWorksheet("Secret", { state: "hidden" }).addRow(["participant", "date"]);
      }),
      /hidden sheets \(“Secret”\)/,
    );
    await expectRefusedFile(await xlsxFile(rows, (_w, sheet) => (sheet.getRow(3).hidden = true)), /Rows 3 are hidden/);
  });

  it("too large, too many rows, old .xls, not UTF-8, unknown columns, no rows", async () => {
    await expectRefusedFile(Buffer.alloc(MAX_FILE_BYTES + 1, 0x41), /larger than 5 MB/);
    const many = [["participant", "date"], ...Array.from({ length: MAX_DATA_ROWS + 1 }, () => ["Kazakhstan", "2018"])];
    await expectRefusedFile(csvFile(many), /5,001 rows; at most 5,000/);
    await expectRefusedFile(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(100)]), /old Excel file/);
    await expectRefusedFile(Buffer.from([0x70, 0x61, 0x72, 0xe9, 0x0a]), /not UTF-8/);
    await expectRefusedFile(csvFile([["participant", "date", "signer nmae"]]), /Unknown column: “signer nmae”/);
    await expectRefusedFile(csvFile([["participant", "date"], [], []]), /no rows under the header/);
    await expectRefusedFile(
      csvFile([
        ["place", "date"],
        ["x", "2018"],
      ]),
      /must be participant/,
    );
  });
});

describe("rows refused, nothing applied", () => {
  it("a formula in a CSV cell, the same participant twice, an empty row, an ambiguous date", async () => {
    await expectRowErrors(
      csvFile([
        ["participant", "date", "signer_name"],
        ["Kazakhstan", "2018-09-28", '=HYPERLINK("http://evil.example","click")'],
        ["Spain", "09/10/2019", ""],
        ["", "", ""],
        ["Portugal", "2019-01-01", ""],
        ["PT", "2019-01-02", ""],
      ]),
      [
        { rowNumber: 2, column: "signer_name", message: /starts with “=”, so a spreadsheet would run it as a formula/ },
        { rowNumber: 3, column: "date", message: /could be 2019-10-09 or 2019-09-10/ },
        { rowNumber: 4, column: "", message: /This row is empty/ },
        { rowNumber: 6, column: "participant", message: /Portugal is already on row 5/ },
      ],
    );
  });

  it("unknown names with the closest matches, a date before the opening, a bad URL, a bad verification", async () => {
    await expectRowErrors(
      csvFile([
        ["Participant", "Date", "Evidence URL", "Verification"],
        ["Kazakstan", "2019-01-01", "", ""],
        ["Hungary", "2017-01-01", "", ""],
        ["Greece", "2019-01-01", "javascript:alert(1)", ""],
        ["Austria", "2019-01-01", "", "rumour"],
      ]),
      [
        { rowNumber: 2, column: "Participant", message: /No state or organisation matches “Kazakstan”\. Closest: Kazakhstan \(KAZ\)/ },
        { rowNumber: 3, column: "Date", message: /before the Code opened/ },
        { rowNumber: 4, column: "Evidence URL", message: /must be a web address/ },
        { rowNumber: 5, column: "Verification", message: /not a verification level/ },
      ],
    );
  });

  it("an XLSX formula is never evaluated: its saved value is what is read", async () => {
    const file = await xlsxFile(
      [
        ["participant", "date", "signer_name"],
        ["Switzerland", "2019-04-01", null],
      ],
      (_w, sheet) => {
        sheet.getCell("C2").value = { formula: 'HYPERLINK("http://evil.example","x")', result: "Ignazio Cassis" };
      },
    );
    const { batchId } = await previewImport(database.db, admin, { fileName: "formula.xlsx", bytes: file });
    await applyImport(database.db, admin, { batchId });
    const switzerland = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "che" } } });
    expect(switzerland.signerName).toBe("Ignazio Cassis");
  });
});

describe("what spreadsheets write", () => {
  it("semicolons, a byte-order mark, LF line ends, header names with spaces, written dates and Excel date cells", async () => {
    const csv = csvFile(
      [
        ["Participant", "Date", "Signer name", "Verification"],
        ["Denmark", "28 September 2018", "A. Minister", "Official statement"],
        ["Finland", "Sept 2018", "", "depositary"],
      ],
      { delimiter: ";", bom: true, recordDelimiter: "\n" },
    );
    const { batchId } = await previewImport(database.db, admin, { fileName: "european.csv", bytes: csv });
    const batch = await database.db.changeBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ newCount: 2, errorCount: 0 });
    const xlsx = await xlsxFile([
      ["participant", "date"],
      ["Netherlands", new Date(Date.UTC(2018, 8, 28))],
      ["Belgium", 2019],
    ]);
    const fromExcel = await previewImport(database.db, admin, { fileName: "dates.xlsx", bytes: xlsx });
    expect(await database.db.changeBatch.findUniqueOrThrow({ where: { id: fromExcel.batchId } })).toMatchObject({
      newCount: 2,
      errorCount: 0,
    });
    await applyImport(database.db, admin, { batchId: fromExcel.batchId });
    const netherlands = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "nld" } } });
    const belgium = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "bel" } } });
    expect([netherlands.date, netherlands.datePrecision, belgium.date, belgium.datePrecision]).toEqual([
      "2018-09-28",
      "day",
      "2019",
      "year",
    ]);
    expect(ExcelJS).toBeDefined();
  });
});
