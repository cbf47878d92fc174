import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { expect, request as apiRequest, test } from "@playwright/test";
import { findRecordInconsistencies, readRecordCounts } from "@/tests/record-consistency";
import { freePort } from "@/tests/free-port";
import { createPrismaClient } from "@/lib/db";
import { createAccount, signIn } from "./editor-data";
import { prepareServerDatabase, startServer, type RunningServer, type ServerSettings } from "./production-server";
import { captureServerAction, type CapturedAction } from "./server-action-replay";

// The production server itself (compiled from server/main.ts, as `npm start` runs it, on a database of its own) is
// SIGKILLed at a random moment while an administrator's real Server Action requests are in flight —
// statements being recorded and a signature being corrected — then restarted, over and over. After every
// kill the database must pass SQLite's checks, every write the server acknowledged must be there, and record
// and audit trail must agree (tests/record-consistency.ts). `npm run test:soak` runs 100 kills.
// (A test-only knob, so it is read here and not in lib/env.ts.)
const KILLS = Number(process.env.SERVER_CRASH_KILLS ?? 5);
/** Longest wait between the first acknowledged write and the kill: spreads kills over the burst. */
const MAX_KILL_DELAY_MS = 300;
/** Statement requests kept in flight at once, beside one chain of corrections. */
const STATEMENT_WRITERS = 4;

type Acknowledged = { statements: string[]; corrections: { notes: string; version: number }[]; refused: string[] };

/** The action's request with one form field's value replaced (React prefixes form fields, e.g. "_1_notes"). */
function withField(action: CapturedAction, name: string, value: string): CapturedAction {
  const pattern = new RegExp(`(name="(?:_?\\d+_)?${name}"\\r\\n\\r\\n)[^\\r]*`);
  const body = action.body.toString("utf8");
  if (!pattern.test(body)) throw new Error(`The captured request has no field ${name}`);
  return { ...action, body: Buffer.from(body.replace(pattern, (_, head: string) => head + value)) };
}

/** A saved form answers with a redirect (the action's redirect()); a refused one with the form again. */
async function send(origin: string, cookie: string, action: CapturedAction): Promise<"saved" | "refused" | "lost"> {
  try {
    const response = await fetch(origin + action.path, {
      method: "POST",
      headers: { ...action.headers, cookie },
      body: new Uint8Array(action.body),
      redirect: "manual",
    });
    await response.arrayBuffer();
    return response.status === 303 || response.headers.has("x-action-redirect") ? "saved" : "refused";
  } catch {
    return "lost"; // the connection died with the server: the write may or may not have committed
  }
}

// Set by the test, cleared here: a timed-out test body is abandoned, not unwound, so its own `finally` may
// never run — this hook always does.
let server: RunningServer | undefined;
let directory: string | undefined;
test.afterEach(async () => {
  server?.child.kill("SIGKILL");
  if (server) await server.exited;
  server = undefined;
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

test("the production server survives SIGKILLs mid-burst: sound database, no acknowledged write lost, every change audited", async ({
  browser,
}) => {
  test.setTimeout(KILLS * 20_000 + 120_000);
  directory = mkdtempSync(join(tmpdir(), "server-crash-"));
  const databaseFile = join(directory, "crash.db");
  const settings: ServerSettings = {
    databaseUrl: `file:${databaseFile}`,
    port: await freePort(),
    admin: { email: "admin@crash.test", password: "crash-admin-password-123" },
  };
  const origin = `http://localhost:${settings.port}`;
  prepareServerDatabase(settings);
  const reader = () => new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
  /** One row, read beside the running server (WAL lets it read while the server writes). */
  const readRow = <Row>(sql: string, ...params: unknown[]): Row => {
    const sqlite = reader();
    try {
      return sqlite.prepare(sql).get(...params) as Row;
    } finally {
      sqlite.close();
    }
  };
  const { id: signatureId } = readRow<{ id: string }>(
    "SELECT s.id FROM Signature s JOIN Participant p ON p.id = s.participantId WHERE p.code = 'kaz'",
  );
  const signatureVersion = () => readRow<{ version: number }>("SELECT version FROM Signature WHERE id = ?", signatureId).version;

  server = await startServer(settings);
  const startedAt = Date.now();
  // Sign in, and capture the two forms' requests once from a real browser.
  const api = await apiRequest.newContext({ baseURL: origin });
  // An administrator with two-factor sign-in (the first admin would first be sent to set it up).
  const adminDb = createPrismaClient(settings.databaseUrl);
  const admin = await createAccount(adminDb, { role: "admin" });
  await adminDb.$disconnect();
  await signIn(api, admin);
  const storageState = await api.storageState();
  const cookie = storageState.cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
  const context = await browser.newContext({ baseURL: origin, storageState });
  const page = await context.newPage();
  // What is tested here is the durability of writes, not review: this database's administrator lets editors
  // publish directly, through the real setting, so that a correction changes the record itself.
  await page.goto("/editor/review");
  await page.getByLabel("Require a second reviewer").uncheck();
  await page.getByRole("button", { name: "Save setting" }).click();
  await expect(page.getByText("Editors may publish directly: no second reviewer is required.")).toBeVisible();
  const statement = await captureServerAction(page, async () => {
    await page.goto("/editor/statements/new");
    await page.getByLabel("Participant").fill("KAZ");
    await page.getByLabel("Text").fill("placeholder");
    await page.getByLabel("Commitment 7").check();
    await page.getByRole("button", { name: "Save statement" }).click();
  });
  const correction = await captureServerAction(page, async () => {
    await page.goto(`/editor/signatures/${signatureId}`);
    await page.getByLabel("Notes").fill("placeholder");
    await page.getByLabel("Reason for the correction").fill("Crash test correction");
    await page.getByRole("button", { name: "Save", exact: true }).click();
  });
  await context.close();
  await api.dispose();

  const baseline = readRecordCounts(databaseFile);
  const acknowledged: Acknowledged = { statements: [], corrections: [], refused: [] };
  let serial = 0;

  /** Every write the server acknowledged that is not stored — the statement, or the correction's audit entry at its version. */
  const lostWrites = (): string[] => {
    const sqlite = reader();
    try {
      const texts = new Set((sqlite.prepare("SELECT text FROM Statement").all() as { text: string }[]).map((row) => row.text));
      const corrections = new Set(
        (
          sqlite.prepare("SELECT after FROM AuditEntry WHERE entityId = ? AND action = 'signature.update'").all(signatureId) as {
            after: string;
          }[]
        ).map((row) => {
          const after = JSON.parse(row.after) as { notes?: string; version?: number };
          return `${after.notes} at version ${after.version}`;
        }),
      );
      return [
        ...acknowledged.statements.filter((text) => !texts.has(text)),
        ...acknowledged.corrections
          .map(({ notes, version }) => `${notes} at version ${version}`)
          .filter((correction) => !corrections.has(correction)),
      ];
    } finally {
      sqlite.close();
    }
  };

  for (let kill = 1; kill <= KILLS; kill++) {
    let stopping = false;
    const statementWriter = async () => {
      while (!stopping) {
        const text = `Crash statement ${kill}-${++serial}`;
        const result = await send(origin, cookie, withField(statement, "text", text));
        if (result === "saved") acknowledged.statements.push(text);
        if (result === "refused") acknowledged.refused.push(text);
      }
    };
    const correctionWriter = async () => {
      while (!stopping) {
        const version = signatureVersion();
        const notes = `Crash correction ${kill}-${++serial}`;
        const result = await send(origin, cookie, withField(withField(correction, "notes", notes), "version", String(version)));
        if (result === "saved") acknowledged.corrections.push({ notes, version: version + 1 });
        if (result === "refused") acknowledged.refused.push(notes);
      }
    };
    const before = acknowledged.statements.length + acknowledged.corrections.length;
    const writers = [correctionWriter(), ...Array.from({ length: STATEMENT_WRITERS }, statementWriter)];

    // Kill once the burst has landed at least one write, at a random moment after that.
    while (acknowledged.statements.length + acknowledged.corrections.length === before) {
      // Every request is a valid edit (one chain of corrections, each from the stored version): a refusal
      // means the server answered wrongly, and waiting for a saved write would be in vain.
      expect(acknowledged.refused, `kill ${kill}: the server refused valid edits`).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
    server.child.kill("SIGKILL");
    expect(await server.exited).toBe("SIGKILL");
    stopping = true;
    await Promise.all(writers);
    server = undefined;

    expect(acknowledged.refused, `kill ${kill}: the server refused valid edits`).toEqual([]);
    expect(findRecordInconsistencies(databaseFile, baseline), `after kill ${kill}`).toEqual([]);
    expect(lostWrites(), `after kill ${kill}: acknowledged but not stored`).toEqual([]);
    server = await startServer(settings);
  }

  expect(acknowledged.statements.length).toBeGreaterThan(0);
  expect(acknowledged.corrections.length).toBeGreaterThan(0);

  // The restarted server serves the record as it recovered it.
  const { notes } = readRow<{ notes: string }>("SELECT notes FROM Signature WHERE id = ?", signatureId);
  const participantPage = await fetch(`${origin}/signatories/kaz`);
  expect(participantPage.status).toBe(200);
  expect(await participantPage.text()).toContain(`<dd>${notes}</dd>`);

  const writes = acknowledged.statements.length + acknowledged.corrections.length;
  console.log(
    `server crash safety: ${KILLS} kills survived, ${writes} acknowledged writes checked, ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
});
