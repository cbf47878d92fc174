import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";

// The rule "one signature or accession per participant" is enforced by the database itself (partial unique
// indexes in the first migration), so no code path — or a script run by hand — can record a state twice.
describe("one active signature or accession per participant and instrument", () => {
  let database: Awaited<ReturnType<typeof createSeededTestDatabase>>;
  let instrumentId: string;
  let kazakhstanId: string;

  beforeEach(async () => {
    database = await createSeededTestDatabase();
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
