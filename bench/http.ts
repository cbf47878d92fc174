// npm run bench — the public site under load (64 connections) against nginx serving a saved static copy of
// the same responses on the same machine, in the same run. Prints requests/s, p50/p99 latency and the ratio.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { startApp, stopApp } from "./serve-app";

const APP_PORT = 3400;
const NGINX_PORT = 3401;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;
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

type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number };

async function load(url: string): Promise<Figures> {
  throw new Error(`TODO wrk ${url}`);
}

function startNginx(): () => void {
  const locations = PAGES.map((page) => `    location = ${page.path} { default_type ${page.type}; alias ${join(WORK, "static", page.file)}; }`).join("\n");
  const config = `worker_processes 1;
pid ${join(WORK, "nginx.pid")};
error_log ${join(WORK, "nginx-error.log")};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${WORK}/tmp; proxy_temp_path ${WORK}/tmp; fastcgi_temp_path ${WORK}/tmp; uwsgi_temp_path ${WORK}/tmp; scgi_temp_path ${WORK}/tmp;
  server {
    listen 127.0.0.1:${NGINX_PORT};
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

/** JavaScript a first visit downloads: every script the page's HTML references, raw and gzipped. */
async function firstLoadJavaScript(html: string): Promise<{ kilobytes: number; gzippedKilobytes: number }> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const bytes = Buffer.from(await (await fetch(`http://localhost:${APP_PORT}${source}`)).arrayBuffer());
    raw += bytes.length;
    gzipped += gzipSync(bytes).length;
  }
  return { kilobytes: Math.round(raw / 1024), gzippedKilobytes: Math.round(gzipped / 1024) };
}

async function main() {
  mkdirSync(join(WORK, "static"), { recursive: true });
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}. ${CONNECTIONS} connections, ${SECONDS} s per target.`);
  const app = await startApp({ port: APP_PORT, databaseUrl: `file:${join(WORK, "bench.db")}`, fresh: true });
  let stopNginx = () => {};
  try {
    for (const page of PAGES) {
      const response = await fetch(`http://localhost:${APP_PORT}${page.path}`);
      if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      writeFileSync(join(WORK, "static", page.file), body);
      if (page.type === "text/html") {
        const js = await firstLoadJavaScript(body.toString("utf8"));
        console.log(`first-load JS of ${page.path}: ${js.kilobytes} kB (${js.gzippedKilobytes} kB gzipped)`);
      }
    }
    stopNginx = startNginx();
    const rows = [];
    for (const page of PAGES) {
      const appFigures = await load(`http://localhost:${APP_PORT}${page.path}`);
      const nginxFigures = await load(`http://127.0.0.1:${NGINX_PORT}${page.path}`);
      rows.push({
        page: page.path,
        "app req/s": Math.round(appFigures.requestsPerSecond),
        "app p50 ms": appFigures.p50,
        "app p99 ms": appFigures.p99,
        "app errors": appFigures.errors,
        "nginx req/s": Math.round(nginxFigures.requestsPerSecond),
        "nginx p99 ms": nginxFigures.p99,
        "app/nginx": Number((appFigures.requestsPerSecond / nginxFigures.requestsPerSecond).toFixed(3)),
      });
      console.log(`measured ${page.path}`);
    }
    console.table(rows);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/http-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, JSON.stringify(rows, null, 2));
  } finally {
    stopNginx();
    stopApp(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
