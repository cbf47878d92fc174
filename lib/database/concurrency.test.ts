import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joiningActionFilter } from "@/lib/participant-actions/action-kinds";
import { startChildWriter, type ChildWriter } from "@/tests/child-writer";
import { findRecordInconsistencies, readRecordCounts } from "@/tests/record-consistency";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { inEnglish } from "@/tests/in-english";

// Several server processes share one SQLite file (WAL, busy timeout). These tests run the real domain
// functions in separate processes, each with its own connection, as `next start` workers would.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const PROCESSES = 4;
const WRITES_PER_PROCESS = 50;
// Each process edits its own records: a signed participant to correct and annotate, and an unsigned one
// whose signature it records and deletes again.
const OWN_RECORDS = [
  { correct: "kaz", recreate: "mex" },
  { correct: "tun", recreate: "chl" },
  { correct: "egy", recreate: "nor" },
  { correct: "mar", recreate: "jpn" },
];

describe("writes from several processes at once", () => {
  let database: Database;
  let writers: ChildWriter[] = [];

  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
  });
  afterEach(async () => {
    for (const writer of writers) writer.child.kill("SIGKILL");
    writers = [];
    await database.drop();
  });

  it(`${PROCESSES} processes × ${WRITES_PER_PROCESS} writes to different records: every write commits, none sees "database is locked"`, async () => {
    const admin = await database.actingUser("admin");
    await database.db.$disconnect();
    const baseline = readRecordCounts(database.path);

    writers = OWN_RECORDS.map(({ correct, recreate }) =>
      startChildWriter(
        "scripts/faults/write-burst.ts",
        [
          "--actor",
          admin.id,
          "--correct",
          correct,
          "--statements",
          correct,
          "--recreate",
          recreate,
          "--writes",
          String(WRITES_PER_PROCESS),
        ],
        database.url,
      ),
    );
    const exits = await Promise.all(writers.map((writer) => writer.exited));

    const failures = writers.flatMap((writer) => writer.lines.filter((line) => "error" in line || "fatal" in line));
    expect(failures).toEqual([]);
    expect(exits).toEqual(writers.map(() => 0));
    const summaries = writers.map((writer) => writer.lines.find((line) => line.done));
    expect(summaries).toEqual(writers.map(() => ({ done: true, committed: WRITES_PER_PROCESS, failed: 0 })));

    // Every write a process saw commit is in the database, with its audit entry.
    const reported = writers.flatMap((writer) => writer.lines.filter((line) => line.op));
    expect(reported).toHaveLength(PROCESSES * WRITES_PER_PROCESS);
    for (const line of reported.filter((l) => l.op === "statement")) {
      expect(await database.db.statement.count({ where: { id: line.id as string } })).toBe(1);
    }
    for (const { correct } of OWN_RECORDS) {
      const row = await database.db.participantAction.findFirstOrThrow({
        where: { participant: { code: correct }, action: joiningActionFilter() },
      });
      const versions = reported.filter((l) => l.op === "correct" && l.id === row.id).map((l) => l.version as number);
      expect(versions.length).toBeGreaterThan(0);
      expect(row.version).toBe(Math.max(...versions));
    }
    expect(findRecordInconsistencies(database.path, baseline)).toEqual([]);
  });

  it("20 editors in 4 processes saving the same signature from the same version: exactly one wins, 19 get the conflict message", async () => {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    const editors = await Promise.all(Array.from({ length: 20 }, () => database.actingUser("editor")));
    await database.db.$disconnect();
    const baseline = readRecordCounts(database.path);

    writers = Array.from({ length: 4 }, (_, process) =>
      startChildWriter(
        "scripts/faults/save-same-version.ts",
        [
          "--actors",
          editors
            .slice(process * 5, process * 5 + 5)
            .map((e) => e.id)
            .join(","),
          "--signature",
          kaz.id,
          "--version",
          String(kaz.version),
          "--participant",
          "kaz",
        ],
        database.url,
      ),
    );
    await Promise.all(writers.map((writer) => writer.waitForLine((line) => "ready" in line)));
    for (const writer of writers) writer.child.stdin!.write("go\n");
    await Promise.all(writers.map((writer) => writer.waitForLine((line) => line.done === true)));

    const outcomes = writers.flatMap((writer) => writer.lines.filter((line) => "actor" in line));
    expect(outcomes).toHaveLength(20);
    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.filter((o) => !o.ok);
    expect(winners).toEqual([{ actor: expect.any(String), ok: true, version: kaz.version + 1 }]);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(await inEnglish(loser)).toEqual({
        actor: expect.any(String),
        error: "conflict",
        message: "Someone else saved this record after you opened it. Nothing was overwritten: review their changes, then reapply yours.",
      });
    }

    // The winner's save is the one stored — whole, with one audit entry; no update was lost or mixed.
    const row = await database.db.participantAction.findUniqueOrThrow({ where: { id: kaz.id } });
    expect(row).toMatchObject({ version: kaz.version + 1, place: `Saved by ${String(winners[0]?.actor)}` });
    expect(await database.db.auditEntry.count({ where: { entityId: kaz.id, action: "signature.update" } })).toBe(1);
    expect(findRecordInconsistencies(database.path, baseline)).toEqual([]);
  });
});
