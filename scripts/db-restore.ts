// npm run db:restore -- <file> — replaces the database with a backup (stop the server first).
import { BackupError, restoreDatabase } from "@/lib/database/backup";
import { env } from "@/lib/env";

const file = process.argv[2];
if (!file) {
  console.error("Say which backup to restore: npm run db:restore -- data/backups/<timestamp>.db");
  process.exit(1);
}

restoreDatabase(env.DATABASE_URL, file)
  .then((result) => {
    console.log(`Restored the database from ${result.restoredFrom}`);
    if (result.safetyCopy) console.log(`The database it replaced is kept in ${result.safetyCopy}`);
    console.log("Start the server again with npm start (it applies any newer migrations).");
  })
  .catch((error: Error) => {
    console.error(error instanceof BackupError ? error.message : `Restore failed: ${error.message}`);
    process.exitCode = 1;
  });
