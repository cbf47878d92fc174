import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { seedDatabase } from "./seed-database";

const sourcedCsv = readFileSync("prisma/seed/data/code-of-conduct-signatures-sourced.csv", "utf8");
const sourcedRowCount = sourcedCsv.trim().split("\n").length - 1;

async function countRows({ db }: TestDatabase) {
  return {
    instruments: await db.instrument.count(),
    commitments: await db.commitment.count(),
    participants: await db.participant.count(),
    actions: await db.participantAction.count(),
    audit: await db.auditEntry.count(),
  };
}

describe("seedDatabase", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it("loads the instrument, the ten commitments, 195 states, the Turkic Council and every sourced signature", async () => {
    await seedDatabase(database.db, { signaturesCsv: sourcedCsv });
    const { db } = database;
    expect(await db.participant.count({ where: { kind: "state" } })).toBe(195);
    expect(await db.participant.count({ where: { kind: "state", unStatus: "member" } })).toBe(193);
    expect(await db.participant.findUnique({ where: { code: "turkic-council" } })).toMatchObject({ kind: "organization" });
    expect(await db.commitment.count()).toBe(10);
    const eighth = await db.commitment.findFirstOrThrow({ where: { number: 8 }, include: { points: true } });
    expect(eighth.points).toHaveLength(4);
    expect(await db.participantAction.count({ where: { status: "published" } })).toBe(sourcedRowCount);
    expect(await db.auditEntry.count({ where: { action: "signature.create" } })).toBe(sourcedRowCount);
  });

  it("keeps each row's evidence, date precision and verification level", async () => {
    await seedDatabase(database.db, { signaturesCsv: sourcedCsv });
    const byCode = async (code: string) => database.db.participantAction.findFirstOrThrow({ where: { participant: { code } } });
    expect(await byCode("rus")).toMatchObject({
      date: "2018-09-28",
      datePrecision: "day",
      verification: "official_statement",
      signerName: "Sergey Lavrov",
      action: "signature",
    });
    expect(await byCode("egy")).toMatchObject({
      date: "2018-09",
      datePrecision: "month",
      countsFrom: "2018-09-30",
      verification: "press_report",
    });
    expect(await byCode("tkm")).toMatchObject({ date: null, datePrecision: "unknown", action: "accession" });
    expect(await byCode("vct")).toMatchObject({ date: "2019-07", action: "accession" });
    expect(await byCode("turkic-council")).toMatchObject({ verification: "official_statement", signerTitle: "Secretary General" });
    expect((await byCode("kaz")).evidenceUrl).toMatch(/^http:\/\/eurasiatx\.com\//);
  });

  it("adds nothing when run again", async () => {
    await seedDatabase(database.db, { signaturesCsv: sourcedCsv });
    const before = await countRows(database);
    const second = await seedDatabase(database.db, { signaturesCsv: sourcedCsv });
    expect(second).toEqual({ instrumentsCreated: 0, commitmentsCreated: 0, participantsCreated: 0, actionsCreated: 0 });
    expect(await countRows(database)).toEqual(before);
  });

  it.each([
    [
      "an unknown ISO code",
      "Atlantis,state,XA,2018-09-28,day,high,Invented,https://example.org/a",
      /row 3: Atlantis: unknown ISO code "XA"/,
    ],
    ["a malformed date", "Chile,state,CL,2018-9-28,day,high,Bad date,https://example.org/b", /row 3: Chile: malformed date "2018-9-28"/],
    ["a day that does not exist", "Chile,state,CL,2018-02-30,day,high,Bad date,https://example.org/b", /row 3: .*does not exist/],
    ["a non-http source", "Chile,state,CL,2018-09-28,day,high,Evidence,javascript:alert(1)", /row 3: source_url must be an http\(s\) URL/],
  ])("refuses %s, naming the row, and writes nothing", async (_label, badRow, message) => {
    const header = sourcedCsv.split("\n")[0];
    const firstRow = sourcedCsv.split("\n")[1];
    const csv = [header, firstRow, badRow].join("\n");
    const before = await countRows(database);
    await expect(seedDatabase(database.db, { signaturesCsv: csv })).rejects.toThrow(message);
    expect(await countRows(database)).toEqual(before);
  });
});
