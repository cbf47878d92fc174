import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { recordStatement } from "@/lib/statements/record-statement";
import { minimalPdf, uploadedFile } from "@/tests/evidence-files";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { backupDatabase, backupFolderOf, restoreDatabase, serverPidFileOf, writeServerPidFile } from "./backup";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

/** Every row of every table, in rowid order: two databases are the same when their dumps are equal. */
function dumpTables(file: string): Record<string, unknown[]> {
  const sqlite = new Sqlite(file, { readonly: true, fileMustExist: true });
  sqlite.defaultSafeIntegers(true);
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

const statementInput = (text: string) => ({
  participant: "kaz",
  kind: "declaration",
  text,
  commitments: ["1", "3"],
  madeOn: "",
  sourceUrl: "",
  status: "published",
});

describe("backup and restore", () => {
  let database: Database;
  let admin: ActingUser;

  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    admin = await database.actingUser("admin");
  });
  afterEach(() => database.drop());

  async function correctKazakhstan(place: string) {
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    return correctAction(database.db, admin, {
      ...validActionInput("kaz", { action: "signature", date: "2018-09-28", place }),
      id: kaz.id,
      version: String(kaz.version),
      reason: `Place: ${place}`,
    });
  }

  it("backs up a live WAL database while it is being written, then restores exactly that state", async () => {
    const kazakhstan = await correctKazakhstan("Before the backup");
    // Evidence documents live in the database: the backup carries their bytes.
    const signedPage = minimalPdf("Signed page");
    await attachEvidence(database.db, admin, {
      recordType: "action",
      recordId: kazakhstan.id,
      kind: "signed_instrument",
      visibility: "public",
      document: uploadedFile(signedPage, "signed-page.pdf"),
    });
    // The last commits are still in the write-ahead log, not in the main file: the backup must include them.
    expect(statSync(`${database.path}-wal`).size).toBeGreaterThan(0);

    // Writes keep arriving while the backup copies pages.
    const writesDuringBackup = Promise.all(
      Array.from({ length: 10 }, (_, i) => recordStatement(database.db, admin, statementInput(`During backup ${i}`))),
    );
    const backupFile = await backupDatabase(database.url, { now: new Date("2026-11-28T10:00:00.000Z") });
    await writesDuringBackup;
    expect(backupFile).toBe(join(backupFolderOf(database.path), "2026-11-28T10-00-00-000Z.db"));

    // Consistent: sound, and each statement in the copy has its audit entry (no half of a transaction).
    const backup = new Sqlite(backupFile, { readonly: true });
    expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
    const orphans = backup
      .prepare(
        `SELECT COUNT(*) AS n FROM Statement s WHERE NOT EXISTS (SELECT 1 FROM AuditEntry a WHERE a.entityId = s.id AND a.action = 'statement.create')`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    // A single self-contained file: nothing left in a write-ahead log beside it.
    expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
    backup.close();
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    const atBackup = dumpTables(backupFile);
    expect((atBackup.Signature as { place: string }[]).some((row) => row.place === "Before the backup")).toBe(true);
    expect(Buffer.from((atBackup.EvidenceContent as { bytes: Uint8Array }[])[0]!.bytes).equals(signedPage)).toBe(true);

    // Change the data after the backup.
    await correctKazakhstan("After the backup");
    await recordStatement(database.db, admin, statementInput("After the backup"));
    await database.db.$disconnect();
    const changed = dumpTables(database.path);
    expect(changed).not.toEqual(atBackup);

    const result = await restoreDatabase(database.url, backupFile, { now: new Date("2026-11-28T11:00:00.000Z") });
    expect(dumpTables(database.path)).toEqual(atBackup);
    expect(result.safetyCopy).toBe(join(backupFolderOf(database.path), "before-restore-2026-11-28T11-00-00-000Z.db"));
    expect(dumpTables(result.safetyCopy!)).toEqual(changed);
    expect(result.migrations.length).toBeGreaterThan(0);
    const restored = new Sqlite(database.path);
    expect(restored.pragma("journal_mode", { simple: true })).toBe("wal");
    restored.close();

    // The app works on the restored file.
    const statements = await database.db.statement.count({ where: { text: "After the backup" } });
    expect(statements).toBe(0);
  });

  describe("refuses, says why and changes nothing", () => {
    let backupFile: string;
    let before: Record<string, unknown[]>;
    let child: ChildProcess | undefined;

    beforeEach(async () => {
      backupFile = await backupDatabase(database.url);
      await correctKazakhstan("Changed after the backup");
    });
    afterEach(() => {
      child?.kill("SIGKILL");
    });

    async function expectRefusal(file: string, message: string | RegExp) {
      await database.db.$disconnect();
      before = dumpTables(database.path);
      const backupsBefore = readdirSync(backupFolderOf(database.path));
      await expect(restoreDatabase(database.url, file)).rejects.toThrow(message);
      expect(dumpTables(database.path)).toEqual(before);
      // Not even a safety copy: the refusal comes before anything is touched.
      expect(readdirSync(backupFolderOf(database.path))).toEqual(backupsBefore);
    }

    it("while the server started by npm start runs (its pid file names a live process)", async () => {
      child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
      const removePidFile = writeServerPidFile(database.path, child.pid);
      await expectRefusal(
        backupFile,
        `Not restoring while the server started by npm start (process ${child.pid}) is running on this database. Stop the server`,
      );
      removePidFile();
      expect(existsSync(serverPidFileOf(database.path))).toBe(false);
    });

    it("while another process has the database open, even without a pid file", async () => {
      child = spawn(
        process.execPath,
        [
          "-e",
          `const db = new (require("better-sqlite3"))(${JSON.stringify(database.path)}); db.prepare("SELECT 1 FROM User").get(); console.log("open"); setTimeout(() => {}, 60000);`,
        ],
        {
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      await new Promise((resolve) => child!.stdout!.once("data", resolve));
      await expectRefusal(backupFile, "Not restoring while another process has the database open.");
    });

    it("but ignores a pid file left behind by a server that was killed", async () => {
      child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
      await new Promise((resolve) => child!.once("exit", resolve));
      writeServerPidFile(database.path, child.pid);
      await database.db.$disconnect();
      await expect(restoreDatabase(database.url, backupFile)).resolves.toMatchObject({ restoredFrom: backupFile });
    });

    it("for a file that is not a database", async () => {
      const file = join(backupFolderOf(database.path), "notes.db");
      writeFileSync(file, "These are not the pages you are looking for.\n".repeat(200));
      await expectRefusal(
        file,
        /^Not restoring .*notes\.db: it is not a readable SQLite database \(file is not a database\)\. The database was not changed\.$/,
      );
    });

    it("for a truncated backup", async () => {
      const file = join(backupFolderOf(database.path), "truncated.db");
      const whole = new Sqlite(backupFile, { readonly: true });
      const pages = whole.serialize();
      whole.close();
      writeFileSync(file, pages.subarray(0, Math.floor(pages.length / 2)));
      await expectRefusal(file, /^Not restoring .*truncated\.db: (it is not a readable SQLite database|the integrity check failed)/);
    });

    it("for a SQLite database of another application", async () => {
      const file = join(backupFolderOf(database.path), "foreign.db");
      const foreign = new Sqlite(file);
      foreign.exec("CREATE TABLE Signature (id TEXT); CREATE TABLE notes (body TEXT)");
      foreign.close();
      await expectRefusal(
        file,
        /it is a SQLite database but not a signatory tracker one \(no Instrument, Participant, Statement, User, AuditEntry, RecordRevision, _prisma_migrations table\)/,
      );
    });

    it("for a file that does not exist", async () => {
      await expectRefusal(join(backupFolderOf(database.path), "missing.db"), /missing\.db does not exist\. The database was not changed\./);
    });
  });

  it("refuses a libSQL server URL, pointing at the server's own backups", async () => {
    await expect(backupDatabase("libsql://example.turso.io")).rejects.toThrow("DATABASE_URL points at a libSQL server, not a local file");
    await expect(restoreDatabase("libsql://example.turso.io", "x.db")).rejects.toThrow("use the server's own backups");
  });
});
