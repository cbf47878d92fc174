// A burst of real edits against DATABASE_URL, for the crash-safety and concurrency tests: corrects
// signatures, adds statements, deletes and re-records signatures — through the domain functions, as an
// administrator — and prints one JSON line per committed write, so a test knows what must have survived.
//
//   DATABASE_URL=file:/tmp/x.db node --conditions=react-server --import tsx scripts/faults/write-burst.ts \
//     --actor <admin user id> --correct kaz,tun --statements kaz --recreate mex [--writes 50]
//
// (--conditions=react-server lets the "server-only" marker in domain modules load outside Next.)
import { parseArgs } from "node:util";
import { loadActingUser } from "@/lib/auth/load-acting-user";
import { createUserSession } from "@/lib/auth/user-sessions";
import type { ActingUser } from "@/lib/auth/acting-user";
import { createPrismaClient, type Database } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { joiningActionFilter } from "@/lib/participant-actions/action-kinds";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { recordStatement } from "@/lib/statements/record-statement";

const { values } = parseArgs({
  options: {
    actor: { type: "string" },
    correct: { type: "string", default: "" },
    statements: { type: "string", default: "" },
    recreate: { type: "string", default: "" },
    writes: { type: "string", default: "0" },
  },
});

const codesOf = (list: string) => list.split(",").filter(Boolean);
const maxWrites = Number(values.writes) || Number.POSITIVE_INFINITY;
let started = 0;
let committed = 0;
let failed = 0;

const report = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error("Nothing to pick from");
  return item;
}
/** Claims one of the --writes: the loops run side by side, so each claims before it starts a write. */
const claimWrite = () => started < maxWrites && ++started > 0;

function actionFields(code: string, index: number) {
  return {
    participant: code,
    action: "signature",
    datePrecision: "day",
    date: "2018-09-28",
    place: `Burst place ${process.pid}-${index}`,
    signerName: `Signer ${index}`,
    signerTitle: "Permanent Representative",
    evidenceUrl: `https://example.org/evidence/${process.pid}/${index}`,
    documentSymbol: "A/73/000",
    evidenceDescription: "Written by the write-burst fault script",
    verification: "official_statement",
    notes: "x".repeat(index % 3000),
    status: "published",
  };
}

/** Runs one write; an expected refusal (AppError) is reported, anything else is reported as a bug. */
async function attempt(op: string, write: () => Promise<Record<string, unknown>>) {
  try {
    const result = await write();
    committed++;
    report({ op, ...result });
  } catch (error) {
    failed++;
    report({ op, error: isAppError(error) ? error.code : "exception", message: (error as Error).message });
  }
}

async function correctLoop(db: Database, actor: ActingUser, codes: string[]) {
  for (let index = 0; codes.length > 0 && claimWrite(); index++) {
    const code = pick(codes);
    await attempt("correct", async () => {
      const current = await db.participantAction.findFirstOrThrow({ where: { participant: { code }, action: joiningActionFilter() } });
      const saved = await correctAction(db, actor, {
        ...actionFields(code, index),
        id: current.id,
        version: String(current.version),
        reason: `Burst ${index}`,
      });
      return { id: saved.id, version: saved.version };
    });
  }
}

async function statementLoop(db: Database, actor: ActingUser, codes: string[]) {
  for (let index = 0; codes.length > 0 && claimWrite(); index++) {
    await attempt("statement", async () => {
      const text = `Statement ${process.pid}-${index} ${"é".repeat(index % 500)}`;
      const commitments = [String((index % 10) + 1), String(((index + 3) % 10) + 1)];
      const saved = await recordStatement(db, actor, {
        participant: pick(codes),
        kind: "declaration",
        text,
        commitments,
        status: index % 2 ? "published" : "draft",
      });
      return { id: saved.id };
    });
  }
}

/** Deletes a participant's signature and records it again: exercises create and delete, not only update. */
async function recreateLoop(db: Database, actor: ActingUser, codes: string[]) {
  for (let index = 0; codes.length > 0 && claimWrite(); index++) {
    const code = pick(codes);
    const existing = await db.participantAction.findFirst({
      where: { participant: { code }, action: joiningActionFilter() },
      select: { id: true },
    });
    if (existing) {
      await attempt("delete", async () => {
        await deleteAction(db, actor, { id: existing.id, reason: `Burst re-record ${index}` });
        return { id: existing.id };
      });
    } else {
      await attempt("record", async () => {
        const saved = await recordAction(db, actor, actionFields(code, index));
        return { id: saved.id, version: saved.version };
      });
    }
  }
}

async function main() {
  const db = createPrismaClient(env.DATABASE_URL);
  const user = await db.user.findUnique({ where: { id: values.actor ?? "" }, select: { id: true, sessionVersion: true } });
  const actor = await loadActingUser(db, user ? { userId: user.id, sessionId: (await createUserSession(db, user)).id } : null);
  if (!actor) throw new Error(`No active user ${values.actor}: pass --actor <id of an admin>`);
  report({ started: process.pid });
  await Promise.all([
    correctLoop(db, actor, codesOf(values.correct)),
    statementLoop(db, actor, codesOf(values.statements)),
    recreateLoop(db, actor, codesOf(values.recreate)),
  ]);
  report({ done: true, committed, failed });
  await db.$disconnect();
}

main().catch((error: Error) => {
  report({ fatal: error.message });
  process.exitCode = 1;
});
