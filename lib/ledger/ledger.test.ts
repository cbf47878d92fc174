import { spawnSync } from "node:child_process";
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { recordStatement } from "@/lib/statements/record-statement";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { backfillLedger } from "./backfill-ledger";
import { readLedger } from "./read-ledger-entries";
import { resolveRevision } from "./revision-parameter";
import { verifyLedger } from "./verify-ledger";
import { inEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

/** Raw SQL on the database file, as someone with access to it could run. */
function sql(database: Database, statement: string, ...params: unknown[]) {
  const sqlite = new Sqlite(database.path);
  try {
    sqlite.prepare(statement).run(...params);
  } finally {
    sqlite.close();
  }
}

function runVerifyScript(database: Database) {
  return spawnSync("node_modules/.bin/tsx", ["scripts/verify-ledger.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });
}

describe("the ledger", () => {
  let database: Database;
  let editor: ActingUser;
  let admin: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    editor = await database.actingUser("editor");
    admin = await database.actingUser("admin");
  });
  afterEach(() => database.drop());

  it("starts with the seeded record: one publication per seeded action, all at revision 1, and verifies", async () => {
    const entries = await readLedger(database.db);
    const published = await database.db.participantAction.count({ where: { status: "published" } });
    expect(entries).toHaveLength(published);
    expect(new Set(entries.map((entry) => `${entry.kind}@${entry.revision}`))).toEqual(new Set(["publication@1"]));
    expect(await verifyLedger(database.db)).toMatchObject({ problems: [], entries: published, recordRevision: 1 });
  });

  it("appends each public change with its kind and the revision its transaction produced; drafts add nothing", async () => {
    const draft = await recordAction(database.db, editor, validActionInput("ZAF", { status: "draft" }));
    expect(await readLedger(database.db)).toHaveLength(12);
    const published = await correctAction(database.db, editor, { ...validActionInput("ZAF"), id: draft.id, version: "1" });
    const corrected = await correctAction(database.db, editor, {
      ...validActionInput("ZAF", { place: "Pretoria" }),
      id: draft.id,
      version: String(published.version),
      reason: "The letter was signed in Pretoria",
    });
    await recordAction(database.db, editor, validActionInput("ZAF", { action: "withdrawal", date: "2022-01-10" }));
    await correctAction(database.db, editor, {
      ...validActionInput("ZAF", { place: "Pretoria", status: "draft" }),
      id: draft.id,
      version: String(corrected.version),
      reason: "Withheld until the note verbale arrives",
    });
    await recordStatement(database.db, editor, {
      participant: "ZAF",
      kind: "declaration",
      text: "We shall.",
      commitments: ["3"],
      madeOn: "",
      sourceUrl: "",
      status: "published",
    });
    const withdrawal = await database.db.participantAction.findFirstOrThrow({
      where: { action: "withdrawal", participant: { code: "zaf" } },
    });
    await deleteAction(database.db, admin, { id: withdrawal.id, reason: "Recorded against the wrong state" });

    const added = (await readLedger(database.db)).slice(12);
    expect(added.map((entry) => [entry.kind, entry.entityType, entry.revision])).toEqual([
      ["publication", "action", 2],
      ["correction", "action", 3],
      ["withdrawal", "action", 4],
      ["unpublication", "action", 5],
      ["publication", "statement", 6],
      ["deletion", "action", 7],
    ]);
    expect(added[1]).toMatchObject({ reason: "The letter was signed in Pretoria", changedFields: ["place"], actorName: editor.name });
    expect(added[1]?.record).toMatchObject({ code: "zaf", place: "Pretoria", verification: "official-statement" });
    expect(added[3]?.record).toBeNull();
    expect((await database.snapshot()).revision).toBe(7);
    expect((await verifyLedger(database.db)).problems).toEqual([]);
  });

  it("raises the revision once per transaction, however many changes it appends", async () => {
    await database.db.$transaction(async (tx) => {
      expect(await bumpRecordRevision(tx)).toBe(2);
      expect(await bumpRecordRevision(tx)).toBe(2);
    });
    await database.db.$transaction(async (tx) => expect(await bumpRecordRevision(tx)).toBe(3));
    expect((await database.snapshot()).revision).toBe(3);
  });

  it("names a date changed by hand in SQL, and npm run verify:ledger exits non-zero; a clean database exits 0", async () => {
    const clean = runVerifyScript(database);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain("Ledger verified: 12 entries");

    sql(
      database,
      `UPDATE "Signature" SET "date" = '2018-09-29' WHERE "participantId" = (SELECT "id" FROM "Participant" WHERE "code" = 'kaz')`,
    );
    const { problems } = await verifyLedger(database.db);
    expect(problems).toEqual([
      expect.stringMatching(
        /^Action \w+ \(Kazakhstan, signature\): date is "2018-09-29" in the database but "2018-09-28" in the ledger \(entry \d+\)$/,
      ),
      // The hand edit forgot the derived day the "as of" counts use: named too.
      expect.stringMatching(/^Action \w+ \(Kazakhstan\): countsFrom is "2018-09-28" in the database but its date gives "2018-09-29"$/),
    ]);
    const tampered = runVerifyScript(database);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('Kazakhstan, signature): date is "2018-09-29" in the database but "2018-09-28" in the ledger');
  });

  it("names a record published, or removed, behind the ledger's back, and a countsFrom out of step with its date", async () => {
    sql(
      database,
      `UPDATE "Signature" SET "status" = 'draft' WHERE "participantId" = (SELECT "id" FROM "Participant" WHERE "code" = 'rus')`,
    );
    sql(
      database,
      `UPDATE "Signature" SET "countsFrom" = '2030-01-01' WHERE "participantId" = (SELECT "id" FROM "Participant" WHERE "code" = 'kaz')`,
    );
    const { problems } = await verifyLedger(database.db);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Russian Federation, signature\) is public in the ledger \(entry \d+\) but not published in the database/),
        expect.stringMatching(/\(Kazakhstan\): countsFrom is "2030-01-01" in the database but its date gives "2018-09-28"/),
      ]),
    );
  });

  it("refuses to change or delete an entry, and detects an entry rewritten or removed once the guard is dropped", async () => {
    expect(() => sql(database, `UPDATE "LedgerEntry" SET "reason" = 'x' WHERE "sequence" = 2`)).toThrow(/append-only/);
    expect(() => sql(database, `DELETE FROM "LedgerEntry" WHERE "sequence" = 2`)).toThrow(/append-only/);

    sql(database, `DROP TRIGGER "LedgerEntry_no_update"`);
    sql(database, `DROP TRIGGER "LedgerEntry_no_delete"`);
    sql(database, `UPDATE "LedgerEntry" SET "reason" = 'rewritten' WHERE "sequence" = 2`);
    expect((await verifyLedger(database.db)).problems).toEqual([expect.stringMatching(/^Entry 2 .*its hash does not match its content/)]);

    sql(database, `UPDATE "LedgerEntry" SET "reason" = NULL WHERE "sequence" = 2`);
    const head = (await verifyLedger(database.db)).head!.hash;
    sql(database, `DELETE FROM "LedgerEntry" WHERE "sequence" = 5`);
    const { problems } = await verifyLedger(database.db, { expectHead: head });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Entry 6 .*expected sequence 5/),
        expect.stringMatching(/^Entry 6 .*previousHash \w+ does not match/),
        expect.stringMatching(/is published in the database but the ledger has no such public record/),
      ]),
    );
  });

  it("starts on a database published before the ledger existed with a baseline that verifies, once", async () => {
    await recordStatement(database.db, editor, {
      participant: "NGA",
      kind: "reservation",
      text: "On point 2.",
      commitments: ["8"],
      madeOn: "",
      sourceUrl: "",
      status: "published",
    });
    sql(database, `DROP TRIGGER "LedgerEntry_no_delete"`);
    sql(database, `DELETE FROM "LedgerEntry"`); // as before the ledger's migration
    const revisionBefore = (await database.snapshot()).revision;

    expect(await backfillLedger(database.db)).toEqual({ entries: 13 });
    const entries = await readLedger(database.db);
    expect(entries.every((entry) => entry.kind === "baseline" && entry.revision === revisionBefore + 1)).toBe(true);
    expect((await verifyLedger(database.db)).problems).toEqual([]);
    expect(await backfillLedger(database.db)).toEqual({ entries: 0 });

    expect(await inEnglish(await resolveRevision(database.db, String(revisionBefore)))).toEqual({
      ok: false,
      problem: "not-in-ledger",
      message: `Revision ${revisionBefore} predates the ledger, which begins at revision ${revisionBefore + 1}: choose a revision from ${revisionBefore + 1} to ${revisionBefore + 1}`,
    });
  });

  it.each([
    ["-1", "malformed", "Write the revision as a whole number from 1, e.g. 12"],
    ["0", "malformed", "Write the revision as a whole number from 1, e.g. 12"],
    ["1e3", "malformed", "Write the revision as a whole number from 1, e.g. 12"],
    ["abc", "malformed", "Write the revision as a whole number from 1, e.g. 12"],
    ["100000000000000000000", "malformed", "Write the revision as a whole number from 1, e.g. 12"],
    ["2", "not-in-ledger", "The record is at revision 1: choose a revision from 1 to 1"],
  ])("refuses revision=%j (%s) with a message that says how to fix it", async (raw, problem, message) => {
    expect(await inEnglish(await resolveRevision(database.db, raw))).toEqual({ ok: false, problem, message });
  });
});
