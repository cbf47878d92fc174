// Server time of /signatories and of a participant page on the seeded record and on a synthetic database of
// 200 instruments × 200 participants (40,000 signatures), measured in the same run. Each page is requested
// past the page cache (its fill header), once with the data cache warm and once with it emptied by a new
// record revision before every request, so the figures show rendering alone and rendering plus queries.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import Sqlite from "better-sqlite3";
import { FILL_HEADER } from "@/server/cacheable-request";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { generateSyntheticDatabase, SYNTHETIC_DATABASE_PATH } from "./generate-synthetic-database";
import { freePort } from "@/tests/free-port";
import { startApp, stopApp } from "./serve-app";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);

async function timeRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { [FILL_HEADER]: "1" } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(databasePath: string, pages: Record<"list" | "participant", string>, fresh: boolean) {
  const port = Number(process.env.BENCH_APP_PORT ?? (await freePort()));
  const app = await startApp({ port, databaseUrl: `file:${databasePath}`, fresh });
  const sqlite = new Sqlite(databasePath);
  const bump = sqlite.prepare('UPDATE "RecordRevision" SET "revision" = "revision" + 1 WHERE "id" = 1');
  const figures: Record<string, { warm: number; cold: number }> = {};
  const figure = (label: keyof typeof pages) => figures[label] ?? { warm: Number.NaN, cold: Number.NaN };
  try {
    for (const [label, path] of Object.entries(pages)) {
      const url = `http://localhost:${port}${path}`;
      await timeRequest(url);
      const warm: number[] = [];
      for (let i = 0; i < REQUESTS; i++) warm.push(await timeRequest(url));
      const cold: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        bump.run();
        cold.push(await timeRequest(url));
      }
      figures[label] = { warm: median(warm), cold: median(cold) };
    }
  } finally {
    sqlite.close();
    stopApp(app);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { list: figure("list"), participant: figure("participant") };
}

async function main() {
  if (!existsSync(SYNTHETIC_DATABASE_PATH)) {
    console.log("Generating the synthetic database (40,000 signatures)…");
    await generateSyntheticDatabase();
  }
  // The pages show the Code of Conduct: let the first synthetic instrument stand in for it.
  const synthetic = new Sqlite(SYNTHETIC_DATABASE_PATH);
  synthetic.prepare('UPDATE "Instrument" SET "slug" = ? WHERE "id" = ?').run(INSTRUMENT_SLUG, "instrument-1");
  synthetic.close();

  const seeded = await measure(
    resolve(join("data/bench", "seeded-pages.db")),
    { list: "/signatories", participant: "/signatories/kaz" },
    true,
  );
  const large = await measure(SYNTHETIC_DATABASE_PATH, { list: "/signatories", participant: "/signatories/p001" }, false);

  const rows = (["list", "participant"] as const).map((label) => ({
    page: label === "list" ? "/signatories" : "participant page",
    "seeded warm ms": Number(seeded[label].warm.toFixed(1)),
    "seeded cold ms": Number(seeded[label].cold.toFixed(1)),
    "40k warm ms": Number(large[label].warm.toFixed(1)),
    "40k cold ms": Number(large[label].cold.toFixed(1)),
    "40k/seeded (cold)": Number((large[label].cold / seeded[label].cold).toFixed(2)),
  }));
  console.log(
    `Median server time of ${REQUESTS} sequential requests each, past the page cache (warm: data cached; cold: new revision before each request).`,
  );
  console.table(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
