import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { SERVER_OUTPUT } from "@/scripts/build-if-needed";

// A production server of our own (the compiled server/main.ts, as `npm start` runs it) on its own database,
// for tests that must kill it: one Node process, so a SIGKILL reaches the process that holds the database.
// The e2e web server (playwright.config.ts) builds it first.

export type ServerSettings = { databaseUrl: string; port: number; admin: { email: string; password: string } };

const NEXTAUTH_SECRET = "crash-test-secret-crash-test-secret-0123456789";

function serverEnvironment(settings: ServerSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(settings.port),
    DATABASE_URL: settings.databaseUrl,
    NEXTAUTH_URL: `http://localhost:${settings.port}`,
    NEXTAUTH_SECRET,
    ADMIN_EMAIL: settings.admin.email,
    ADMIN_PASSWORD: settings.admin.password,
  };
}

/** Migrations, seed and first admin, as `npm start` prepares them. */
export function prepareServerDatabase(settings: ServerSettings): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/faults/prepare-server-database.ts"], {
    env: serverEnvironment(settings),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Preparing ${settings.databaseUrl} failed:\n${result.stderr}`);
}

export type RunningServer = { child: ChildProcess; exited: Promise<number | NodeJS.Signals>; output: () => string };

/** Starts the compiled production server and resolves once it answers. */
export async function startServer(settings: ServerSettings): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVER_OUTPUT], { env: serverEnvironment(settings), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code ?? 0)));
  let ended = false;
  void exited.then(() => (ended = true));
  for (const startedAt = Date.now(); Date.now() - startedAt < 60_000;) {
    if (ended) throw new Error(`The server exited while starting:\n${output}`);
    if (output.includes("Ready on port")) {
      const answered = await fetch(`http://localhost:${settings.port}/api/auth/csrf`).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) return { child, exited, output: () => output };
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not answer within a minute:\n${output}`);
}
