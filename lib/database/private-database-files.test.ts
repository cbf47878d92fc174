import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { ensureAuthSecret } from "@/scripts/auth-secret";
import { applyMigrations } from "@/scripts/prepare-database";
import { backupDatabase } from "./backup";

// The database holds password hashes, and the auth secret signs sessions: nobody but their owner may read
// them (they were created 0644, world-readable).
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("database files and secrets are private to their owner", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "private-files-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("creates the database, its WAL and shared-memory files and its backups 0600, in a 0700 folder", async () => {
    const path = join(folder, "data", "app.db");
    const url = `file:${path}`;
    applyMigrations(url);
    const db = createPrismaClient(url);
    try {
      await db.recordRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
      expect(modeOf(path)).toBe("600");
      expect(modeOf(`${path}-wal`)).toBe("600");
      expect(modeOf(`${path}-shm`)).toBe("600");
      expect(modeOf(join(folder, "data"))).toBe("700");
      const backup = await backupDatabase(url);
      expect(modeOf(backup)).toBe("600");
    } finally {
      await db.$disconnect();
    }
  });

  it("tightens a database left world-readable by an older version when it is opened", async () => {
    const path = join(folder, "old.db");
    applyMigrations(`file:${path}`);
    chmodSync(path, 0o644);
    const db = createPrismaClient(`file:${path}`);
    await db.recordRevision.findFirst();
    await db.$disconnect();
    expect(modeOf(path)).toBe("600");
  });

  it("writes the generated auth secret 0600, and tightens one that was readable", () => {
    const secret = join(folder, "data", "auth-secret");
    const previous = process.env.NEXTAUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    try {
      const value = ensureAuthSecret(secret);
      expect(value.length).toBeGreaterThanOrEqual(32);
      expect(modeOf(secret)).toBe("600");
      writeFileSync(secret, value, { mode: 0o644 });
      chmodSync(secret, 0o644);
      expect(ensureAuthSecret(secret)).toBe(value);
      expect(modeOf(secret)).toBe("600");
    } finally {
      if (previous !== undefined) process.env.NEXTAUTH_SECRET = previous;
    }
  });
});
