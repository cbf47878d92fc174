import path from "node:path";
import { defineConfig } from "prisma/config";
import { createDriverAdapter } from "./lib/database/driver-adapter";
import { env } from "./lib/env";

// engine "js" + a driver adapter keep every CLI command on Prisma's WebAssembly engines: the native
// engines cannot be downloaded on our machines. The CLI does not read .env here: lib/env.ts has the defaults.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => Promise.resolve(createDriverAdapter(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN)),
});
