// npm run bench:import — times an import of a 1,000-row file: the preview (read + plan + keep) and the
// apply (one transaction), for new rows and for corrections, CSV and XLSX, against the bare parse of the
// same bytes by csv-parse and ExcelJS in the same run. Calls the domain functions directly (no HTTP).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { ActingUser } from "@/lib/auth/acting-user";
import { applyImport } from "@/lib/change-batches/apply-import";
import { previewImport } from "@/lib/change-batches/preview-import";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { applyMigrations, SOURCED_SIGNATURES_CSV } from "@/scripts/prepare-database";
import { csvFile, xlsxFile } from "@/tests/import-files";

const ROWS = 1_000;
const RUNS = 5;
const FOLDER = resolve("data/bench");
const TEMPLATE = join(FOLDER, "import-template.db");
const WORK = join(FOLDER, "import-work.db");
const RESULTS = resolve("bench/results");

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The seeded record plus 1,000 organisations to import rows for (the record has only ~200 participants). */
async function prepareTemplate(): Promise<void> {
  mkdirSync(FOLDER, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${TEMPLATE}${suffix}`, { force: true });
  applyMigrations(`file:${TEMPLATE}`);
  const db = createPrismaClient(`file:${TEMPLATE}`);
  await seedDatabase(db, { signaturesCsv: readFileSync(SOURCED_SIGNATURES_CSV, "utf8") });
  await db.participant.createMany({
    data: Array.from({ length: ROWS }, (_, index) => ({
      code: `bench-org-${String(index + 1).padStart(4, "0")}`,
      kind: "organization" as const,
      name: `Bench Organisation ${String(index + 1).padStart(4, "0")}`,
    })),
  });
  await db.user.create({ data: { id: "bench-admin", email: "bench@bench.invalid", name: "Bench", role: "admin", passwordHash: "-" } });
  await db.$disconnect();
}

const header = ["participant", "action", "date", "place", "signer_name", "signer_title", "evidence_url", "verification"];
const rowsOf = (signerTitle: string) =>
  Array.from({ length: ROWS }, (_, index) => [
    `bench-org-${String(index + 1).padStart(4, "0")}`,
    "signature",
    "28 September 2018",
    "United Nations Headquarters, New York",
    `Signer ${index + 1}`,
    signerTitle,
    `https://example.org/evidence/${index + 1}`,
    "official-statement",
  ]);

/** Copies the template, opens it, and times preview then apply of `files` in order (the last one is measured). */
async function measureOnce(files: { name: string; bytes: Buffer }[]) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${WORK}${suffix}`, { force: true });
  copyFileSync(TEMPLATE, WORK);
  const db = createPrismaClient(`file:${WORK}`);
  const actor: ActingUser = { id: "bench-admin", name: "Bench", role: "admin", scopeParticipantIds: null };
  let preview = 0;
  let apply = 0;
  for (const file of files) {
    let started = performance.now();
    const { batchId } = await previewImport(db, actor, { fileName: file.name, bytes: file.bytes });
    preview = performance.now() - started;
    started = performance.now();
    await applyImport(db, actor, { batchId, reason: "Benchmark" });
    apply = performance.now() - started;
  }
  await db.$disconnect();
  return { preview, apply };
}

async function main() {
  const started = performance.now();
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
  const loadAtStart = loadavg()[0]!.toFixed(2);
  console.log(`Machine: ${machine}; load average at start ${loadAtStart}\n`);
  await prepareTemplate();

  const newCsv = csvFile([header, ...rowsOf("Minister")]);
  const correctedCsv = csvFile([header, ...rowsOf("Minister for Foreign Affairs")]);
  const newXlsx = await xlsxFile([header, ...rowsOf("Minister")]);
  const scenarios: Record<string, { name: string; bytes: Buffer }[]> = {
    "1,000 new rows, CSV": [{ name: "new.csv", bytes: newCsv }],
    "1,000 new rows, XLSX": [{ name: "new.xlsx", bytes: newXlsx }],
    "1,000 corrections, CSV": [
      { name: "new.csv", bytes: newCsv },
      { name: "corrected.csv", bytes: correctedCsv },
    ],
  };
  const results: Record<string, { previewMs: number; applyMs: number }> = {};
  for (const [name, files] of Object.entries(scenarios)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(files));
    results[name] = { previewMs: median(runs.map((run) => run.preview)), applyMs: median(runs.map((run) => run.apply)) };
  }

  const baseline = { csv: [] as number[], xlsx: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    let time = performance.now();
    parse(newCsv);
    baseline.csv.push(performance.now() - time);
    time = performance.now();
    await new ExcelJS.Workbook().xlsx.load(newXlsx as unknown as ArrayBuffer);
    baseline.xlsx.push(performance.now() - time);
  }
  const parseMs = { csv: median(baseline.csv), xlsx: median(baseline.xlsx) };

  const lines = [
    `Import of a ${ROWS.toLocaleString("en")}-row file, median of ${RUNS} runs (each on a fresh copy of the seeded record + ${ROWS.toLocaleString("en")} participants):`,
    "| scenario | preview | × bare parse | apply | limit (preview / apply) |",
    "|---|---:|---:|---:|---|",
    ...Object.entries(results).map(([name, { previewMs, applyMs }]) => {
      const bare = name.includes("XLSX") ? parseMs.xlsx : parseMs.csv;
      return `| ${name} | ${previewMs.toFixed(0)} ms | ${(previewMs / bare).toFixed(1)} | ${applyMs.toFixed(0)} ms | ${previewMs <= 2000 ? "met" : "MISSED"} / ${applyMs <= 3000 ? "met" : "MISSED"} |`;
    }),
    "",
    `Baseline in the same run — the bare parse of the same bytes: csv-parse ${parseMs.csv.toFixed(1)} ms (${(newCsv.length / 1024).toFixed(0)} KiB), ExcelJS load ${parseMs.xlsx.toFixed(1)} ms (${(newXlsx.length / 1024).toFixed(0)} KiB).`,
    `Load average at end ${loadavg()[0]!.toFixed(2)}.`,
  ];
  console.log(lines.join("\n"));
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "import.json"), JSON.stringify({ machine, at: new Date().toISOString(), results, parseMs }, null, 2));
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; raw figures in bench/results/import.json`);
  if (!existsSync(WORK)) throw new Error("no work database");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
