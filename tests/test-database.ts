import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db";

export type TestDatabase = { db: Database; url: string; path: string; drop: () => Promise<void> };

/** A fresh, migrated, empty database file of the test's own, in the system's temporary folder. */
export function createTestDatabase(): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), "signatory-test-db-"));
  const path = join(folder, "test.db");
  copyFileSync(inject("templateDatabasePath"), path);
  const url = `file:${path}`;
  if (!path.startsWith(tmpdir())) throw new Error(`Refusing to run tests against ${url}: not a temporary local file`);
  const db = createPrismaClient(url);
  return Promise.resolve({
    db,
    url,
    path,
    drop: async () => {
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  });
}
