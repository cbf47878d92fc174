// Several editors in this process save the same signature from the same version the moment "go" arrives
// on stdin; the concurrency test starts a few of these processes at once and counts winners.
//
//   DATABASE_URL=file:/tmp/x.db node --conditions=react-server --import tsx scripts/faults/save-same-version.ts \
//     --actors <user id>,<user id> --signature <id> --version 3 --participant kaz
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadActingUser } from "@/lib/auth/load-acting-user";
import { createUserSession } from "@/lib/auth/user-sessions";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { correctAction } from "@/lib/participant-actions/correct-action";

const { values } = parseArgs({
  options: { actors: { type: "string" }, signature: { type: "string" }, version: { type: "string" }, participant: { type: "string" } },
});
const report = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main() {
  const db = createPrismaClient(env.DATABASE_URL);
  const actors = [];
  for (const id of (values.actors ?? "").split(",").filter(Boolean)) {
    const user = await db.user.findUniqueOrThrow({ where: { id }, select: { id: true, sessionVersion: true } });
    const actor = await loadActingUser(db, { userId: user.id, sessionId: (await createUserSession(db, user)).id });
    if (!actor) throw new Error(`User ${id} cannot act`);
    actors.push(actor);
  }
  report({ ready: process.pid });
  await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once("line", () => resolve()));

  await Promise.all(
    actors.map(async (actor) => {
      try {
        const saved = await correctAction(db, actor, {
          participant: values.participant,
          action: "signature",
          datePrecision: "day",
          date: "2018-09-28",
          place: `Saved by ${actor.name}`,
          verification: "official_statement",
          status: "published",
          id: values.signature,
          version: values.version,
          reason: `Race by ${actor.name}`,
        });
        report({ actor: actor.name, ok: true, version: saved.version });
      } catch (error) {
        report({ actor: actor.name, error: isAppError(error) ? error.code : "exception", message: (error as Error).message });
      }
    }),
  );
  report({ done: true });
  await db.$disconnect();
}

main().catch((error: Error) => {
  report({ fatal: error.message });
  process.exitCode = 1;
});
