// npm run bench — the public site under load against nginx serving the same bytes on the same machine, in
// the same run (and against a bare Node server sending them, to tell Node's own cost from the app's):
// every target as identity and as gzip, then a signing ceremony (the same load while an edit
// is committed every second). Load from wrk (bench/load-with-wrk.ts). Prints requests/s, p50/p99 latency
// and the ratios; docs/performance.md has the method and the figures.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { request } from "node:http";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import Sqlite from "better-sqlite3";
import { CONNECTIONS, load, type Figures } from "./load-with-wrk";
import { freePort } from "@/tests/free-port";
import { startApp, stopApp } from "./serve-app";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORK = resolve("data/bench");
const ALL_PAGES = [
  { path: "/", file: "overview.html", type: "text/html" },
  // The overview frames its map: a first visit loads both.
  { path: "/map.svg", file: "map.svg", type: "image/svg+xml" },
  { path: "/signatories", file: "signatories.html", type: "text/html" },
  { path: "/signatories/kaz", file: "kaz.html", type: "text/html" },
  { path: "/api/v1/signatories", file: "signatories.json", type: "application/json" },
];
/** BENCH_ONLY=/,/signatories measures a subset. */
const PAGES = ALL_PAGES.filter((page) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").includes(page.path));
const ENCODINGS = ["identity", "gzip"] as const;
type Encoding = (typeof ENCODINGS)[number];
/** The ceremony loads the list everyone watches on a signing day, as browsers ask for it. */
const CEREMONY_TARGETS: { path: string; encoding: Encoding }[] = [
  { path: "/signatories", encoding: "gzip" },
  { path: "/signatories", encoding: "identity" },
  { path: "/", encoding: "gzip" },
];

const staticFile = (file: string, encoding: Encoding) => join(WORK, "static", encoding === "gzip" ? `${file}.gz` : file);
/** nginx serves the gzip copy under /gzip/…, with the same headers a browser needs to decode it. */
const nginxPath = (path: string, encoding: Encoding) => (encoding === "gzip" ? `/gzip${path}` : path);
const encodingHeaders = (encoding: Encoding): Record<string, string> => ({ "Accept-Encoding": encoding });

function startNginx(port: number): () => void {
  const locations = PAGES.flatMap((page) =>
    ENCODINGS.map((encoding) => {
      const extra = encoding === "gzip" ? " add_header Content-Encoding gzip; add_header Vary Accept-Encoding;" : "";
      return `    location = ${nginxPath(page.path, encoding)} { default_type ${page.type}; alias ${staticFile(page.file, encoding)};${extra} }`;
    }),
  ).join("\n");
  const config = `worker_processes 1;
pid ${join(WORK, "nginx.pid")};
error_log ${join(WORK, "nginx-error.log")};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${WORK}/tmp; proxy_temp_path ${WORK}/tmp; fastcgi_temp_path ${WORK}/tmp; uwsgi_temp_path ${WORK}/tmp; scgi_temp_path ${WORK}/tmp;
  server {
    listen 127.0.0.1:${port};
${locations}
  }
}
`;
  mkdirSync(join(WORK, "tmp"), { recursive: true });
  writeFileSync(join(WORK, "nginx.conf"), config);
  const started = spawnSync("nginx", ["-c", join(WORK, "nginx.conf")], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`nginx did not start (apt-get install -y nginx): ${started.stderr}`);
  return () => spawnSync("nginx", ["-c", join(WORK, "nginx.conf"), "-s", "stop"]);
}

/** The bytes as sent, in the encoding asked for (fetch would decode them), with the page's headers. */
function rawBody(url: string, encoding: Encoding): Promise<{ body: Buffer; headers: string[] }> {
  return new Promise((resolvePromise, reject) => {
    request(url, { headers: encodingHeaders(encoding) }, (response) => {
      const sent = response.headers["content-encoding"] ?? "identity";
      if (response.statusCode !== 200 || sent !== encoding)
        reject(new Error(`${url} answered ${response.statusCode} in ${sent}, not ${encoding}`));
      const headers = response.rawHeaders.filter(
        (_, index, raw) => !/^(date|connection|keep-alive|transfer-encoding)$/i.test(raw[index - (index % 2)] ?? ""),
      );
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolvePromise({ body: Buffer.concat(chunks), headers }));
    })
      .on("error", reject)
      .end();
  });
}

/** JavaScript a first visit downloads: every script the page's HTML references, raw and gzipped. */
async function firstLoadJavaScript(origin: string, html: string): Promise<{ kilobytes: number; gzippedKilobytes: number }> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const bytes = Buffer.from(await (await fetch(`${origin}${source}`)).arrayBuffer());
    raw += bytes.length;
    gzipped += gzipSync(bytes).length;
  }
  return { kilobytes: Math.round(raw / 1024), gzippedKilobytes: Math.round(gzipped / 1024) };
}

/**
 * Saves the app's response in each encoding (asked twice: the second is the cache's copy), for nginx and
 * for the bare Node server; returns the latter's manifest.
 */
async function saveResponses(appOrigin: string): Promise<string> {
  mkdirSync(join(WORK, "static"), { recursive: true });
  const manifest = [];
  for (const page of PAGES) {
    for (const encoding of ENCODINGS) {
      await rawBody(`${appOrigin}${page.path}`, "identity");
      const { body, headers } = await rawBody(`${appOrigin}${page.path}`, encoding);
      writeFileSync(staticFile(page.file, encoding), body);
      manifest.push({ path: nginxPath(page.path, encoding), file: staticFile(page.file, encoding), headers });
      if (page.type === "text/html" && encoding === "identity") {
        const js = await firstLoadJavaScript(appOrigin, body.toString("utf8"));
        console.log(
          `first-load JS of ${page.path}: ${js.kilobytes} kB (${js.gzippedKilobytes} kB gzipped); HTML ${Math.round(body.length / 1024)} kB`,
        );
      }
    }
  }
  const manifestFile = join(WORK, "static", "manifest.json");
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return manifestFile;
}

/** The bare Node server (bench/serve-saved-bytes.ts), resolved once it listens. */
async function startBareNode(manifestFile: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, ["--import", "tsx", join("bench", "serve-saved-bytes.ts"), manifestFile, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolvePromise, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolvePromise());
    child.on("exit", (code) => reject(new Error(`the bare Node server exited (${code})`)));
  });
  return () => child.kill();
}

/** Commits a visible edit with a new record revision every second, as an editor would, until stopped. */
function startCeremony(databaseFile: string): { stop: () => number } {
  const sqlite = new Sqlite(databaseFile);
  sqlite.pragma("busy_timeout = 10000");
  const { id } = sqlite.prepare("SELECT s.id FROM Signature s JOIN Participant p ON p.id = s.participantId WHERE p.code = 'kaz'").get() as {
    id: string;
  };
  const edit = sqlite.transaction((round: number) => {
    sqlite.prepare("UPDATE Signature SET notes = ?, version = version + 1 WHERE id = ?").run(`Ceremony edit ${round}`, id);
    sqlite.prepare('UPDATE "RecordRevision" SET "revision" = "revision" + 1 WHERE "id" = 1').run();
  });
  let rounds = 0;
  const timer = setInterval(() => edit(++rounds), 1000);
  return {
    stop: () => {
      clearInterval(timer);
      sqlite.close();
      return rounds;
    },
  };
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

async function main() {
  const appPort = Number(process.env.BENCH_APP_PORT ?? (await freePort()));
  const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? (await freePort()));
  const barePort = Number(process.env.BENCH_BARE_PORT ?? (await freePort()));
  const databaseFile = join(WORK, "bench.db");
  const loadAtStart = loadavg();
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}.`,
  );
  console.log(
    `wrk -t1 -c${CONNECTIONS}, ${SECONDS} s per run after a 2 s warm-up; app on ${appPort}, nginx on ${nginxPort}, bare Node on ${barePort}.`,
  );
  const app = await startApp({ port: appPort, databaseUrl: `file:${databaseFile}`, fresh: true });
  const appOrigin = `http://localhost:${appPort}`;
  let stopNginx = () => {};
  let stopBareNode = () => {};
  try {
    const manifestFile = await saveResponses(appOrigin);
    stopNginx = startNginx(nginxPort);
    stopBareNode = await startBareNode(manifestFile, barePort);
    const rows = [];
    const calm = new Map<string, Figures>();
    for (const page of PAGES) {
      for (const encoding of ENCODINGS) {
        const appFigures = await load(`http://127.0.0.1:${appPort}${page.path}`, SECONDS, encodingHeaders(encoding));
        const nginxFigures = await load(
          `http://127.0.0.1:${nginxPort}${nginxPath(page.path, encoding)}`,
          SECONDS,
          encodingHeaders(encoding),
        );
        const bareFigures = await load(`http://127.0.0.1:${barePort}${nginxPath(page.path, encoding)}`, SECONDS, encodingHeaders(encoding));
        calm.set(`${page.path} ${encoding}`, appFigures);
        rows.push({
          target: page.path,
          encoding,
          "app req/s": round(appFigures.requestsPerSecond),
          "app p50 ms": round(appFigures.p50, 2),
          "app p99 ms": round(appFigures.p99, 2),
          "app errors": appFigures.errors,
          "nginx req/s": round(nginxFigures.requestsPerSecond),
          "nginx p99 ms": round(nginxFigures.p99, 2),
          "app/nginx": round(appFigures.requestsPerSecond / nginxFigures.requestsPerSecond, 2),
          "bare Node req/s": round(bareFigures.requestsPerSecond),
          "app/bare Node": round(appFigures.requestsPerSecond / bareFigures.requestsPerSecond, 2),
        });
        console.log(`measured ${page.path} (${encoding})`);
      }
    }
    console.table(rows);

    const ceremonyRows = [];
    for (const target of CEREMONY_TARGETS.filter((item) => PAGES.some((page) => page.path === item.path))) {
      const ceremony = startCeremony(databaseFile);
      const figures = await load(`http://127.0.0.1:${appPort}${target.path}`, SECONDS, encodingHeaders(target.encoding));
      const edits = ceremony.stop();
      const calmFigures = calm.get(`${target.path} ${target.encoding}`)!;
      ceremonyRows.push({
        target: target.path,
        encoding: target.encoding,
        "edits committed": edits,
        "req/s": round(figures.requestsPerSecond),
        "p50 ms": round(figures.p50, 2),
        "p99 ms": round(figures.p99, 2),
        errors: figures.errors,
        "calm req/s": round(calmFigures.requestsPerSecond),
        "ceremony/calm": round(figures.requestsPerSecond / calmFigures.requestsPerSecond, 2),
      });
      console.log(`measured the ceremony on ${target.path} (${target.encoding})`);
    }
    console.log("Signing ceremony: the same load while an edit is committed every second.");
    console.table(ceremonyRows);
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/http-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(
      file,
      JSON.stringify({ loadAverage: { atStart: loadAtStart, atEnd: loadavg() }, calm: rows, ceremony: ceremonyRows }, null, 2),
    );
    console.log(`Saved ${file}`);
  } finally {
    stopBareNode();
    stopNginx();
    stopApp(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
