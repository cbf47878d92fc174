// One database per process (lib/db binds DATABASE_URL on import): times the export path the API uses —
// listPublishedActions (a cold read: the record revision is bumped before every run) + document + format —
// and `sqlite3 -csv` running the same query, in the same process run. Prints one JSON line of results.
// Run through bench/exports.ts; needs `tsx --conditions=react-server` so "server-only" imports resolve.
import { spawnSync } from "node:child_process";
import Sqlite from "better-sqlite3";
import { sqliteFilePath } from "@/lib/database/driver-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { EXPORT_FORMATS } from "@/lib/exports/export-filename";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { renderSignatoriesExport } from "@/lib/exports/render-signatories-export";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";

const { instrumentSlugs, iterations } = JSON.parse(process.argv[2] ?? "{}") as { instrumentSlugs: string[]; iterations: number };
const databasePath = sqliteFilePath(env.DATABASE_URL);
const sqlite = new Sqlite(databasePath);
const bumpRevision = () => sqlite.prepare("UPDATE RecordRevision SET revision = revision + 1 WHERE id = 1").run();
const filters = signatoryFiltersSchema.parse({});

// The query listPublishedActions runs for the default filters (published, ordered by name, date, action).
function listQuery(slug: string): string {
  return `SELECT p.code, p.iso2, p.iso3, p.name, p.kind, p.region, p.subregion, s.action, s.date, s.datePrecision AS date_precision,
  s.place, s.signerName AS signer_name, s.signerTitle AS signer_title, s.verification, s.evidenceUrl AS evidence_url,
  s.documentSymbol AS document_symbol
FROM Signature s JOIN Participant p ON p.id = s.participantId JOIN Instrument i ON i.id = s.instrumentId
WHERE i.slug = '${slug.replace(/'/g, "''")}' AND s.status = 'published'
ORDER BY p.name ASC, s.date ASC, s.action ASC;`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main() {
  const results: Record<string, { ms: number; bytes: number; rows: number }> = {};

  const sqlScript = instrumentSlugs.map(listQuery).join("\n");
  const sqliteTimes: number[] = [];
  let sqliteBytes = 0;
  for (let run = 0; run < iterations; run++) {
    const started = performance.now();
    const result = spawnSync("sqlite3", ["-csv", "-header", databasePath], { input: sqlScript, maxBuffer: 1 << 30 });
    sqliteTimes.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr.toString()}`);
    sqliteBytes = result.stdout.length;
  }
  results["sqlite3 -csv"] = { ms: median(sqliteTimes), bytes: sqliteBytes, rows: 0 };

  for (const format of EXPORT_FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    let rows = 0;
    for (let run = 0; run < iterations; run++) {
      bumpRevision();
      const started = performance.now();
      bytes = 0;
      rows = 0;
      for (const instrumentSlug of instrumentSlugs) {
        const data = await loadSignatoryExport(db, filters, { instrumentSlug });
        const file = await renderSignatoriesExport(data, format);
        bytes += typeof file.body === "string" ? Buffer.byteLength(file.body) : file.body.length;
        rows += data.document.count;
      }
      times.push(performance.now() - started);
    }
    results[format] = { ms: median(times), bytes, rows };
  }
  console.log(JSON.stringify(results));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
