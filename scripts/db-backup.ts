// npm run db:backup — a consistent copy of the live database (SQLite online backup), while the server runs.
import { backupDatabase, BackupError } from "@/lib/database/backup";
import { env } from "@/lib/env";

backupDatabase(env.DATABASE_URL)
  .then((file) => {
    console.log(`Backed up the database to ${file}`);
    console.log(`Restore it with: npm run db:restore -- ${file}`);
  })
  .catch((error: Error) => {
    console.error(error instanceof BackupError ? error.message : `Backup failed: ${error.message}`);
    process.exitCode = 1;
  });
