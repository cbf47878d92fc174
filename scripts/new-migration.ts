// npm run db:migration:new -- <name> — writes the next migration from the change to prisma/schema.prisma.
// `prisma migrate dev` cannot run here (its shadow-database replay fails under the WebAssembly engine), so
// each migration folder keeps a copy of the schema it produces, and the next one is diffed against it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MIGRATIONS = join("prisma", "migrations");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}

const previous = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);
const from = previous ? ["--from-schema-datamodel", join(MIGRATIONS, previous, "schema.prisma")] : ["--from-empty"];
const diff = spawnSync(
  join("node_modules", ".bin", "prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", join("prisma", "schema.prisma"), "--script"],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(1);
}
if (diff.stdout.includes("This is an empty migration")) {
  console.log("prisma/schema.prisma has not changed since the last migration: nothing to write.");
  process.exit(0);
}

const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = join(MIGRATIONS, `${timestamp}_${name}`);
mkdirSync(folder);
writeFileSync(join(folder, "migration.sql"), diff.stdout);
copyFileSync(join("prisma", "schema.prisma"), join(folder, "schema.prisma"));
console.log(`Wrote ${folder}/migration.sql — read it, then apply it with npm run db:migrate.`);
