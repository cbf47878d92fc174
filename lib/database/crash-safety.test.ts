import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startChildWriter, type ChildWriter, type WriterLine } from "@/tests/child-writer";
import { findRecordInconsistencies, readRecordCounts } from "@/tests/record-consistency";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";

// A writer process making real edits is killed with SIGKILL at random moments mid-burst — no chance to
// roll back or close the file — then restarted, over and over. After every kill the database must be
// sound, every change the writer saw commit must be there, and record and audit trail must agree.
// `npm run test:soak` runs 100 kills; the default keeps `npm test` fast. (A test-only knob, so it is read
// here and not in lib/env.ts.)
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
/** Longest wait between the writer's first committed write and the kill: spreads kills over the burst. */
const MAX_KILL_DELAY_MS = 250;

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const BURST_ARGS = ["--correct", "kaz,tun,egy", "--statements", "kaz,rus,mar", "--recreate", "mex,chl"];

describe("crash safety", () => {
  let database: Database;
  let writer: ChildWriter | undefined;

  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
  });
  afterEach(async () => {
    writer?.child.kill("SIGKILL");
    await database.drop();
  });

  it(
    `survives ${KILLS} SIGKILLs of a writer mid-burst: sound database, no committed change lost, every change audited`,
    { timeout: KILLS * 8_000 + 60_000 },
    async () => {
      const admin = await database.actingUser("admin");
      await database.db.$disconnect();
      const baseline = readRecordCounts(database.path);
      const startedAt = Date.now();
      const committed: WriterLine[] = [];

      for (let kill = 1; kill <= KILLS; kill++) {
        writer = startChildWriter("scripts/faults/write-burst.ts", ["--actor", admin.id, ...BURST_ARGS], database.url);
        await writer.waitForLine((line) => typeof line.op === "string" && !("error" in line));
        await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
        writer.child.kill("SIGKILL");
        expect(await writer.exited).toBe("SIGKILL");

        const refusals = writer.lines.filter((line) => "error" in line || "fatal" in line);
        expect(refusals, `kill ${kill}: the writer only makes valid edits`).toEqual([]);
        committed.push(...writer.lines.filter((line) => typeof line.op === "string"));
        expect(findRecordInconsistencies(database.path, baseline), `after kill ${kill}`).toEqual([]);
      }

      // A restarted writer works normally on the database the last kill left behind.
      writer = startChildWriter("scripts/faults/write-burst.ts", ["--actor", admin.id, ...BURST_ARGS, "--writes", "30"], database.url);
      expect(await writer.exited).toBe(0);
      expect(writer.lines.at(-1)).toEqual({ done: true, committed: 30, failed: 0 });
      committed.push(...writer.lines.filter((line) => typeof line.op === "string"));
      expect(findRecordInconsistencies(database.path, baseline)).toEqual([]);

      // Durability: every write reported as committed before a kill is still there.
      const { db } = database;
      const statementIds = committed.filter((line) => line.op === "statement").map((line) => line.id as string);
      expect(await db.statement.count({ where: { id: { in: statementIds } } })).toBe(statementIds.length);
      for (const line of committed.filter((l) => l.op === "correct")) {
        const row = await db.participantAction.findUniqueOrThrow({ where: { id: line.id as string }, select: { version: true } });
        expect(row.version).toBeGreaterThanOrEqual(line.version as number);
      }
      for (const line of committed.filter((l) => l.op === "record" || l.op === "delete")) {
        const entries = await db.auditEntry.count({
          where: { entityId: line.id as string, action: line.op === "record" ? "signature.create" : "signature.delete" },
        });
        expect(entries, `${String(line.op)} ${String(line.id)}`).toBe(1);
      }
      const kinds = new Set(committed.map((line) => line.op));
      expect([...kinds].sort()).toEqual(["correct", "delete", "record", "statement"]);

      console.log(
        `crash safety: ${KILLS} kills survived, ${committed.length} committed writes checked, ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
      );
    },
  );
});
