// npm start — from a fresh clone to a running site: secret, migrations, seed, first admin, build, serve.
import { spawn } from "node:child_process";
import { writeServerPidFile } from "@/lib/database/backup";
import { databaseKindOf, sqliteFilePath } from "@/lib/database/driver-adapter";
import { env } from "@/lib/env";
import { ensureAuthSecret } from "./auth-secret";
import { buildIfNeeded, SERVER_OUTPUT } from "./build-if-needed";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  process.env.NEXTAUTH_SECRET = ensureAuthSecret();
  process.env.NEXTAUTH_URL = url;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const firstAdmin = await prepareDatabase();
  buildIfNeeded();

  // The compiled server (server/main.ts), not run through tsx: one plain Node process.
  const server = spawn(process.execPath, ["--enable-source-maps", SERVER_OUTPUT], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  // While the server runs, db:restore refuses to replace its database (lib/database/backup.ts).
  const removePidFile =
    databaseKindOf(env.DATABASE_URL) === "embedded-sqlite" ? writeServerPidFile(sqliteFilePath(env.DATABASE_URL)) : () => {};
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => {
    removePidFile();
    process.exit(code ?? 0);
  });

  console.log(`\nThe signatory tracker is at ${url}`);
  if (firstAdmin.created) {
    console.log(`\nFirst administrator created — sign in at ${url}/login with:`);
    console.log(`  Email:    ${firstAdmin.email}`);
    if (firstAdmin.generatedPassword) {
      console.log(`  Password: ${firstAdmin.generatedPassword}`);
      console.log("  (shown only this once: store it in a password manager, then change it)\n");
    } else {
      console.log("  Password: the ADMIN_PASSWORD you set\n");
    }
  }
}

main().catch((error: Error) => {
  console.error(`\nCould not start: ${error.message}`);
  process.exit(1);
});
