import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { todayIso } from "@/lib/dates/partial-date";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { correctAction } from "./correct-action";
import { recordAction } from "./record-action";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("recording and correcting signatures", () => {
  let database: Database;
  let editor: ActingUser;

  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    editor = await database.actingUser("editor");
  });
  afterEach(() => database.drop());

  it("records a published accession with its audit entry and refreshes the public record", async () => {
    const before = await database.snapshot();
    const saved = await recordAction(database.db, editor, validActionInput("Mexico — MEX"));
    expect(saved.participantCode).toBe("mex");
    const row = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({
      action: "accession",
      date: "2019-03-01",
      countsFrom: "2019-03-01",
      status: "published",
      version: 1,
      createdById: editor.id,
    });
    expect(row.publishedAt).toBeInstanceOf(Date);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: saved.id } });
    expect(audit).toMatchObject({ action: "signature.create", actorName: editor.name, isPublic: true });
    expect((await database.snapshot()).revision).toBe(before.revision + 1);
  });

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  it.each([
    ["a future date", { date: tomorrow }, "date", "The date is after today — signatures cannot be recorded in advance"],
    [
      "a date before the Code opened",
      { date: "2018-09-27" },
      "date",
      "The date is before the Code opened for signature on 2018-09-28 — check the year",
    ],
    ["a year before the Code opened", { datePrecision: "year", date: "2017" }, "date", "before the Code opened"],
    [
      "a date that does not match its precision",
      { datePrecision: "month", date: "2019-03-01" },
      "date",
      "The date must be written YYYY-MM for month precision",
    ],
    ["an unknown participant", { participant: "Atlantis" }, "participant", "No state or organisation matches “Atlantis”"],
    [
      "a javascript: evidence URL",
      { evidenceUrl: "javascript:alert(1)" },
      "evidenceUrl",
      "Evidence URL must be a web address starting with http:// or https://",
    ],
    ["a 10 kB signer name", { signerName: "x".repeat(10_240) }, "signerName", "Signer name is too long: use at most 200 characters"],
    ["an unknown verification level", { verification: "rumour" }, "verification", "Choose how the signature is verified"],
  ])("refuses %s with a message on the field and writes nothing", async (_label, overrides, field, message) => {
    const before = await database.snapshot();
    expect(await refusedInEnglish(recordAction(database.db, editor, validActionInput("mex", overrides)))).toMatchObject({
      code: "validation",
      fieldErrors: { [field]: expect.stringContaining(message) },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("accepts today, and a month-precision date in the opening month", async () => {
    await expect(recordAction(database.db, editor, validActionInput("mex", { date: todayIso() }))).resolves.toBeTruthy();
    await expect(
      recordAction(database.db, editor, validActionInput("chl", { datePrecision: "month", date: "2018-09" })),
    ).resolves.toBeTruthy();
  });

  it("refuses a second signature for a participant, pointing at the existing one, and writes nothing", async () => {
    const existing = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "tun" } } });
    const before = await database.snapshot();
    expect(await refusedInEnglish(recordAction(database.db, editor, validActionInput("tun")))).toMatchObject({
      code: "conflict",
      fieldErrors: { participant: "Tunisia already has a signature recorded" },
      details: { existingActionId: existing.id },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("records a withdrawal only for a participant that joined", async () => {
    expect(await refusedInEnglish(recordAction(database.db, editor, validActionInput("mex", { action: "withdrawal" })))).toMatchObject({
      fieldErrors: { action: expect.stringContaining("no signature or accession to withdraw from") },
    });
    const withdrawal = await recordAction(database.db, editor, validActionInput("tun", { action: "withdrawal", date: "2020-01-15" }));
    expect((await database.db.auditEntry.findFirstOrThrow({ where: { entityId: withdrawal.id } })).action).toBe("signature.withdraw");
  });

  it("refuses to turn the only signature into a withdrawal, which would leave nothing to withdraw from", async () => {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(
        correctAction(database.db, editor, {
          ...validActionInput("kaz", { action: "withdrawal", date: "2020-01-01" }),
          id: kaz.id,
          version: String(kaz.version),
          reason: "Wrong action",
        }),
      ),
    ).toMatchObject({ fieldErrors: { action: expect.stringContaining("no signature or accession to withdraw from") } });
    expect(await database.snapshot()).toEqual(before);
  });

  it("requires a reason to correct a published record, and keeps it in the public history", async () => {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    const input = { ...validActionInput("kaz", { action: "signature", date: "2018-09-28" }), id: kaz.id, version: String(kaz.version) };
    const before = await database.snapshot();
    expect(await refusedInEnglish(correctAction(database.db, editor, input))).toMatchObject({
      fieldErrors: { reason: expect.stringContaining("Say why") },
    });
    expect(await database.snapshot()).toEqual(before);

    const saved = await correctAction(database.db, editor, { ...input, reason: "Signer's name from the UN Journal" });
    expect(saved.version).toBe(kaz.version + 1);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: kaz.id, action: "signature.update" } });
    expect(audit).toMatchObject({ reason: "Signer's name from the UN Journal", isPublic: true });
  });

  it("refuses a save from a stale version, says what changed, and overwrites nothing", async () => {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    const base = {
      ...validActionInput("kaz", { action: "signature", date: "2018-09-28" }),
      id: kaz.id,
      version: String(kaz.version),
      reason: "r",
    };
    await correctAction(database.db, editor, { ...base, place: "First editor's place" });
    const before = await database.snapshot();
    expect(await refusedInEnglish(correctAction(database.db, editor, { ...base, place: "Second editor's place" }))).toMatchObject({
      code: "conflict",
      details: { changes: [expect.objectContaining({ actorName: editor.name, fields: expect.arrayContaining(["place"]) })] },
    });
    expect(await database.snapshot()).toEqual(before);
    expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: kaz.id } })).place).toBe("First editor's place");
  });

  it("lets exactly one of 20 concurrent editors saving from the same version win", async () => {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    const editors = await Promise.all(Array.from({ length: 20 }, () => database.actingUser("editor")));
    const results = await Promise.allSettled(
      editors.map((actor, index) =>
        correctAction(database.db, actor, {
          ...validActionInput("kaz", { action: "signature", date: "2018-09-28", place: `Place ${index}` }),
          id: kaz.id,
          version: String(kaz.version),
          reason: `Editor ${index}`,
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((r) => (r.reason as { code?: unknown }).code === "conflict")).toBe(true);
    const row = await database.db.participantAction.findUniqueOrThrow({ where: { id: kaz.id } });
    expect(row.version).toBe(kaz.version + 1);
    expect(await database.db.auditEntry.count({ where: { entityId: kaz.id, action: "signature.update" } })).toBe(1);
  });
});
