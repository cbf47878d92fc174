import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { seedDatabase } from "@/prisma/seed/seed-database";

// The rule "one signature per participant" is enforced by the database itself (partial unique indexes in
// the first migration), so no code path — or a script run by hand — can record a state twice.
describe("one active signature per participant and instrument", () => {
  let database: TestDatabase;
  let instrumentId: string;
  let kazakhstanId: string;

  beforeEach(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, {
      signaturesCsv: readFileSync("prisma/seed/data/code-of-conduct-signatures-sourced.csv", "utf8"),
    });
    instrumentId = (await database.db.instrument.findFirstOrThrow()).id;
    kazakhstanId = (await database.db.participant.findUniqueOrThrow({ where: { code: "kaz" } })).id;
  });
  afterEach(() => database.drop());

  const record = (action: "signature" | "accession" | "withdrawal", status: "draft" | "published" = "draft") =>
    database.db.participantAction.create({
      data: { instrumentId, participantId: kazakhstanId, action, datePrecision: "unknown", verification: "press_report", status },
    });

  it("refuses a second signature or accession, draft or published", async () => {
    await expect(record("signature")).rejects.toMatchObject({ code: "P2002" });
    await expect(record("accession", "published")).rejects.toMatchObject({ code: "P2002" });
    expect(await database.db.participantAction.count({ where: { participantId: kazakhstanId } })).toBe(1);
  });

  it("allows one withdrawal beside the signature, and no second one", async () => {
    await expect(record("withdrawal")).resolves.toMatchObject({ action: "withdrawal" });
    await expect(record("withdrawal")).rejects.toMatchObject({ code: "P2002" });
  });

  it("still lets another participant sign", async () => {
    const chile = await database.db.participant.findUniqueOrThrow({ where: { code: "chl" } });
    await expect(
      database.db.participantAction.create({
        data: { instrumentId, participantId: chile.id, action: "accession", datePrecision: "unknown", verification: "press_report" },
      }),
    ).resolves.toBeTruthy();
  });
});
