import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

/** Starts the production app (scripts/start.ts: migrate, seed, build if needed) on its own database and port. */
export async function startApp(options: { port: number; databaseUrl: string; fresh?: boolean }): Promise<ChildProcess> {
  if (options.fresh && options.databaseUrl.startsWith("file:")) {
    const path = options.databaseUrl.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: `http://localhost:${options.port}`,
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout?.resume();
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${options.port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not start within 5 minutes");
}

export function stopApp(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}
