import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { englishRefusal } from "@/tests/english-refusal";
import { csvFile, csvRows, exportedFile } from "@/tests/import-files";
import { applyImport } from "./apply-import";
import type { PlannedRow } from "./plan-rows";
import { previewImport } from "./preview-import";
import { undoChangeBatch } from "./undo-change-batch";

// The import's whole life on a real database: preview (nothing written), apply (one transaction, one
// revision, one audit entry per record carrying the batch), refusal when the record moved, undo.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
let database: Database;
let admin: ActingUser;

beforeAll(async () => {
  database = await createSeededTestDatabase({ requiresReview: false });
  admin = await database.actingUser("admin");
});
afterAll(() => database.drop());

async function preview(file: Buffer, actor: ActingUser = admin, fileName = "list.csv") {
  const { batchId } = await previewImport(database.db, actor, { fileName, bytes: file });
  const batch = await database.db.changeBatch.findUniqueOrThrow({ where: { id: batchId } });
  return { batchId, batch, rows: JSON.parse(batch.plan) as PlannedRow[] };
}

/** The record only: actions, audit entries and the revision (a preview is kept as a batch, by design). */
async function recordState() {
  const { actions, audit, revision } = await database.snapshot();
  return { actions, audit, revision };
}

describe("round trip", () => {
  it.each(["csv", "xlsx"] as const)("an exported %s previews as 0 new, 0 corrections, every row unchanged", async (format) => {
    const before = await recordState();
    const { batch } = await preview(await exportedFile(database.db, format), admin, `export.${format}`);
    expect(batch).toMatchObject({ newCount: 0, correctionCount: 0, errorCount: 0, status: "previewed", fileName: `export.${format}` });
    expect(batch.unchangedCount).toBe(await database.db.participantAction.count({ where: { status: "published" } }));
    expect(batch.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await recordState()).toEqual(before);
  });

  it("a filtered export round-trips too", async () => {
    const { batch } = await preview(await exportedFile(database.db, "csv", { region: "Asia" }));
    expect(batch).toMatchObject({ newCount: 0, correctionCount: 0, errorCount: 0 });
    expect(batch.unchangedCount).toBeGreaterThan(0);
  });
});

describe("edit two rows, add three, apply, undo", () => {
  it("previews exactly 2 corrections and 3 new, applies them as one revision, and undo puts every record back", async () => {
    const [header, ...rows] = csvRows(await exportedFile(database.db, "csv"));
    const column = (name: string) => header!.indexOf(name);
    rows[0]![column("signer_title")] = "Minister for Foreign Affairs (corrected)";
    rows[1]![column("place")] = "United Nations Headquarters, New York";
    const added = ["DEU", "fr", "Italy"].map((participant) => {
      const row = header!.map(() => "");
      row[column("code")] = participant;
      row[column("date")] = "2019-05-06";
      row[column("action")] = "accession";
      return row;
    });
    const before = await recordState();
    const { batchId, batch, rows: plan } = await preview(csvFile([header!, ...rows, ...added]));
    expect(batch).toMatchObject({ newCount: 3, correctionCount: 2, errorCount: 0 });
    const corrections = plan.filter((row) => row.outcome === "correction");
    expect(corrections.flatMap((row) => row.changes.map((change) => change.field)).sort()).toEqual(["place", "signerTitle"]);
    expect(await recordState()).toEqual(before);

    await expect(applyImport(database.db, admin, { batchId })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { reason: expect.stringContaining("Say why") },
    });
    expect(await recordState()).toEqual(before);

    await applyImport(database.db, admin, { batchId, reason: "Corrected from the mission's note verbale" });
    const after = await recordState();
    expect(after.revision).toBe(before.revision + 1);
    const entries = await database.db.auditEntry.findMany({ where: { batchId }, include: { batch: true } });
    expect(entries).toHaveLength(5);
    expect(
      entries.every((entry) => entry.isPublic && entry.batch?.fileSha256 === batch.fileSha256 && entry.batch.fileName === "list.csv"),
    ).toBe(true);
    expect(entries.filter((entry) => entry.action === "signature.update").map((entry) => entry.reason)).toEqual([
      "Corrected from the mission's note verbale",
      "Corrected from the mission's note verbale",
    ]);
    const germany = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "deu" } } });
    expect(germany).toMatchObject({
      action: "accession",
      date: "2019-05-06",
      datePrecision: "day",
      status: "published",
      verification: "press_report",
    });
    await expect(applyImport(database.db, admin, { batchId, reason: "again" })).rejects.toMatchObject({ code: "conflict" });

    const plainEditor = await database.actingUser("editor");
    await expect(undoChangeBatch(database.db, plainEditor, { batchId, reason: "Wrong file" })).rejects.toMatchObject({ code: "forbidden" });
    await undoChangeBatch(database.db, admin, { batchId, reason: "The wrong file was uploaded" });
    const undone = await recordState();
    expect(undone.revision).toBe(after.revision + 1);
    const withoutVersions = (actions: typeof before.actions) =>
      actions.map(({ version: _v, updatedAt: _u, updatedById: _b, ...rest }) => rest);
    expect(withoutVersions(undone.actions)).toEqual(withoutVersions(before.actions));
    await expect(undoChangeBatch(database.db, admin, { batchId, reason: "Twice over" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("refusals", () => {
  it("refuses to apply when a record changed since the preview, naming the row, and writes nothing", async () => {
    const [header, ...rows] = csvRows(await exportedFile(database.db, "csv"));
    const kazakhstanRow = rows.findIndex((row) => row[0] === "kaz");
    rows[kazakhstanRow]![header!.indexOf("signer_title")] = "Foreign Minister";
    const { batchId } = await preview(csvFile([header!, ...rows]));
    const kazakhstan = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    await correctAction(database.db, admin, {
      ...Object.fromEntries(Object.entries(kazakhstan).map(([key, value]) => [key, value ?? ""])),
      participant: "kaz",
      place: "New York",
      version: String(kazakhstan.version),
      reason: "Place from the press release",
    });
    const before = await recordState();
    await expect(applyImport(database.db, admin, { batchId, reason: "From the note" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining(`The record changed since this preview (row ${kazakhstanRow + 2})`),
    });
    expect(await recordState()).toEqual(before);
  });

  it("undo is refused, naming the record, when a later change touched one of the batch's records", async () => {
    const { batchId } = await preview(
      csvFile([
        ["participant", "date", "signer_name"],
        ["Spain", "2019-02-01", "A. Minister"],
      ]),
    );
    await applyImport(database.db, admin, { batchId });
    const spain = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "esp" } } });
    await correctAction(database.db, admin, {
      ...Object.fromEntries(Object.entries(spain).map(([key, value]) => [key, value ?? ""])),
      participant: "esp",
      signerName: "B. Minister",
      version: String(spain.version),
      reason: "Name spelt as in the letter",
    });
    const before = await recordState();
    expect(await englishRefusal(undoChangeBatch(database.db, admin, { batchId, reason: "Wrong file" }))).toMatchObject({
      code: "conflict",
      message: "Nothing was undone: Spain was changed after this batch. Correct that record by hand, or undo the later change first.",
    });
    expect(await recordState()).toEqual(before);
  });

  it("a scoped editor's rows outside the scope are errors in the preview; unchanged rows are not", async () => {
    const scoped = await database.actingUser("editor", ["prt"]);
    const { batch, rows } = await preview(
      csvFile([
        ["participant", "date"],
        ["Portugal", "2019-03-04"],
        ["Poland", "2019-03-04"],
      ]),
      scoped,
    );
    expect(batch).toMatchObject({ newCount: 1, errorCount: 1 });
    expect(rows[1]).toMatchObject({
      outcome: "error",
      problems: [
        { column: "participant", message: "Your account may not edit records of Poland: ask an administrator to extend your scope" },
      ],
    });
    const roundTrip = await preview(await exportedFile(database.db, "csv"), scoped);
    expect(roundTrip.batch).toMatchObject({ newCount: 0, correctionCount: 0, errorCount: 0 });
  });
});
