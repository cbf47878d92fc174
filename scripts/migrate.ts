// npm run db:migrate — applies committed migrations to DATABASE_URL, then starts the ledger on a database
// that had a published record before the ledger existed (docs/ledger.md).
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase } from "./prepare-database";

const db = createPrismaClient();
migrateDatabase(db)
  .then(() => console.log("Migrations applied."))
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
