// npm run verify:ledger [-- --head <hash>] — recomputes the ledger's hash chain, replays it and compares
// the result with the published record in DATABASE_URL. Prints each problem; exits 1 when there is one.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { verifyLedger } from "@/lib/ledger/verify-ledger";

const { values } = parseArgs({ options: { head: { type: "string" } } });
const db = createPrismaClient();

verifyLedger(db, { expectHead: values.head })
  .then((result) => {
    const head = result.head ? `head ${result.head.hash} (entry ${result.head.sequence}, revision ${result.head.revision})` : "no entries";
    if (result.problems.length === 0) {
      console.log(
        `Ledger verified: ${result.entries} entries, ${head}; replaying it gives the published record at revision ${result.recordRevision}.`,
      );
      return;
    }
    console.error(
      `Ledger verification FAILED (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}; ${result.entries} entries, ${head}):`,
    );
    for (const problem of result.problems) console.error(`- ${problem}`);
    process.exitCode = 1;
  })
  .catch((error: Error) => {
    console.error(`Ledger verification could not run: ${error.message}`);
    process.exitCode = 2;
  })
  .finally(() => db.$disconnect());
