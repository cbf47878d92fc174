import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

// What a production build depends on. A change to any of these makes `npm start` rebuild.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "i18n",
  "messages",
  "public",
  "types",
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP_FILE = join(".next", "source-stamp");
/** The production server (server/main.ts), compiled: `npm start` and the e2e tests run this file. */
export const SERVER_OUTPUT = join(".next", "production-server.cjs");

function* filesUnder(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* filesUnder(join(path, entry));
}

function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(input)) {
      if (file.endsWith(".test.ts") || file.endsWith(".test.tsx")) continue;
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}:${size}:${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

/**
 * Compiles server/ (and the few lib/ modules it imports) into one CommonJS file. Packages stay
 * `require`s of node_modules — the same copies Next loads — and `@/` paths resolve through tsconfig.json.
 */
export function buildServer(): void {
  buildSync({
    entryPoints: [join("server", "main.ts")],
    outfile: SERVER_OUTPUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    tsconfig: "tsconfig.json",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

/** `next build`, then the production server; remembers which sources they were built from. */
export function buildSite(): void {
  const stamp = sourceStamp();
  const result = spawnSync(join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("next build failed (see above)");
  buildServer();
  writeFileSync(STAMP_FILE, stamp);
}

/** Builds unless the last build was made from exactly these sources. */
export function buildIfNeeded(): void {
  const isBuilt =
    existsSync(join(".next", "BUILD_ID")) &&
    existsSync(SERVER_OUTPUT) &&
    existsSync(STAMP_FILE) &&
    readFileSync(STAMP_FILE, "utf8") === sourceStamp();
  if (isBuilt) return;
  console.log("Building the site (first start or sources changed)…");
  buildSite();
}
