import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { createPrismaClient, type Database } from "@/lib/db";
import { backfillLedger } from "@/lib/ledger/backfill-ledger";
import { databaseKindOf, preparePrivateDatabaseFile, sqliteFilePath } from "@/lib/database/driver-adapter";
import { env } from "@/lib/env";
import { normaliseStoredUrls } from "@/lib/record/normalise-stored-urls";
import { ensureFirstAdmin, type FirstAdminResult } from "@/lib/users/ensure-first-admin";
import { seedDatabase } from "@/prisma/seed/seed-database";

export const SOURCED_SIGNATURES_CSV = join(process.cwd(), "prisma/seed/data/code-of-conduct-signatures-sourced.csv");

/** Applies committed migrations with the Prisma CLI (WebAssembly engine, see prisma.config.ts). */
export function applyMigrations(databaseUrl: string = env.DATABASE_URL): void {
  // Created owner-only before the Prisma CLI would create it world-readable.
  if (databaseKindOf(databaseUrl) === "embedded-sqlite") preparePrivateDatabaseFile(sqliteFilePath(databaseUrl));
  const result = spawnSync(join(process.cwd(), "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (databaseKindOf(databaseUrl) === "embedded-sqlite") {
    // WAL lets readers go on while one writer commits; the setting is stored in the database file.
    const sqlite = new Sqlite(sqliteFilePath(databaseUrl));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
}

/**
 * Migrations, then the ledger's baseline on a database that had a published record before the ledger
 * existed (once; lib/ledger/backfill-ledger.ts). Before the seed, so that seeded rows added later are
 * ordinary ledger entries.
 */
export async function migrateDatabase(db: Database): Promise<void> {
  applyMigrations();
  const { entries } = await backfillLedger(db);
  if (entries > 0) console.log(`Ledger started: ${entries} baseline entries for the record already published.`);
}

/** Migrate, seed when empty, normalise old web addresses, create the first admin: everything `npm start` needs before serving. */
export async function prepareDatabase(): Promise<FirstAdminResult> {
  const db = createPrismaClient();
  try {
    await migrateDatabase(db);
    if ((await db.instrument.count()) === 0) {
      const summary = await seedDatabase(db, { signaturesCsv: readFileSync(SOURCED_SIGNATURES_CSV, "utf8") });
      console.log(
        `Seeded ${summary.participantsCreated} participants, ${summary.commitmentsCreated} commitments and ${summary.actionsCreated} sourced signatures and accessions.`,
      );
    }
    const normalised = await normaliseStoredUrls(db);
    if (normalised.actions + normalised.statements > 0) {
      console.log(`Stored ${normalised.actions + normalised.statements} web addresses in their normalised form (each in the audit log).`);
    }
    return await ensureFirstAdmin(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  } finally {
    await db.$disconnect();
  }
}
