// npm run db:seed — adds whatever reference data is missing (safe to re-run).
import { readFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { SOURCED_SIGNATURES_CSV } from "./prepare-database";

const file = process.argv[2] ?? SOURCED_SIGNATURES_CSV;
const db = createPrismaClient();
seedDatabase(db, { signaturesCsv: readFileSync(file, "utf8") })
  .then((summary) => console.log("Seed complete:", summary))
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
