// Prepares a database for a production server started by a fault test, exactly as `npm start` would
// (migrations, seed, first admin from ADMIN_EMAIL / ADMIN_PASSWORD), without building or serving.
//
//   DATABASE_URL=file:/tmp/x.db ADMIN_EMAIL=… ADMIN_PASSWORD=… node --import tsx scripts/faults/prepare-server-database.ts
import { prepareDatabase } from "../prepare-database";

prepareDatabase().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
