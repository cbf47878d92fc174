// npm run bench:exports — times every export format (json, csv, xlsx, pdf) on the seeded list and on the
// 40,000-signature synthetic database, against `sqlite3 -csv` running the same query in the same run.
// Calls the lib/exports builders directly (no HTTP): what is measured is the read + build, not the server.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations, SOURCED_SIGNATURES_CSV } from "@/scripts/prepare-database";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { generateSyntheticDatabase, SYNTHETIC_DATABASE_PATH, SYNTHETIC_INSTRUMENTS } from "./generate-synthetic-database";

const SEEDED_DATABASE_PATH = resolve("data/bench/seeded.db");
const RESULTS_FOLDER = resolve("bench/results");

type Measured = Record<string, { ms: number; bytes: number; rows: number }>;

async function ensureSeededDatabase(): Promise<void> {
  if (existsSync(SEEDED_DATABASE_PATH)) return;
  mkdirSync(resolve("data/bench"), { recursive: true });
  applyMigrations(`file:${SEEDED_DATABASE_PATH}`);
  const db = createPrismaClient(`file:${SEEDED_DATABASE_PATH}`);
  try {
    await seedDatabase(db, { signaturesCsv: readFileSync(SOURCED_SIGNATURES_CSV, "utf8") });
  } finally {
    await db.$disconnect();
  }
}

function measure(databasePath: string, instrumentSlugs: string[], iterations: number): Measured {
  const result = spawnSync(
    join(process.cwd(), "node_modules/.bin/tsx"),
    ["--conditions=react-server", "bench/measure-exports.ts", JSON.stringify({ instrumentSlugs, iterations })],
    { env: { ...process.env, DATABASE_URL: `file:${databasePath}`, NODE_ENV: "production" }, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) throw new Error(`measuring ${databasePath} failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Measured;
}

function report(title: string, measured: Measured): string[] {
  const baseline = measured["sqlite3 -csv"]?.ms ?? Number.NaN;
  const lines = [`${title}`, "| format | rows | median time | output | × sqlite3 -csv |", "|---|---:|---:|---:|---:|"];
  for (const [format, { ms, bytes, rows }] of Object.entries(measured)) {
    lines.push(
      `| ${format} | ${format === "sqlite3 -csv" ? "same" : rows.toLocaleString("en")} | ${ms.toFixed(1)} ms | ${(bytes / 1024).toFixed(0)} KiB | ${(ms / baseline).toFixed(1)} |`,
    );
  }
  return lines;
}

async function main() {
  const started = performance.now();
  if (process.argv.includes("--regenerate")) rmSync(SYNTHETIC_DATABASE_PATH, { force: true });
  await ensureSeededDatabase();
  if (!existsSync(SYNTHETIC_DATABASE_PATH)) {
    console.log("Generating the 40,000-signature synthetic database (once; reused afterwards)…");
    await generateSyntheticDatabase();
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
  console.log(`Machine: ${machine}\n`);

  const seeded = measure(SEEDED_DATABASE_PATH, [INSTRUMENT_SLUG], 15);
  const syntheticSlugs = Array.from(
    { length: SYNTHETIC_INSTRUMENTS },
    (_, index) => `synthetic-instrument-${String(index + 1).padStart(3, "0")}`,
  );
  const synthetic = measure(SYNTHETIC_DATABASE_PATH, syntheticSlugs, 3);

  const lines = [
    ...report("Seeded record — the Code's full list, median of 15 runs:", seeded),
    "",
    ...report(
      `Synthetic database — all ${SYNTHETIC_INSTRUMENTS} instruments' full lists (200 rows each, 40,000 rows in all), median of 3 runs:`,
      synthetic,
    ),
  ];
  console.log(lines.join("\n"));
  mkdirSync(RESULTS_FOLDER, { recursive: true });
  writeFileSync(
    join(RESULTS_FOLDER, "exports.json"),
    JSON.stringify({ machine, at: new Date().toISOString(), seeded, synthetic }, null, 2),
  );
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; raw figures in bench/results/exports.json`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
