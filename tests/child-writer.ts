import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";

// Fault and concurrency tests run the real domain code in separate Node processes (scripts/faults/), each
// with its own database connection, the way several server processes would share one SQLite file.

export type WriterLine = Record<string, unknown>;

export type ChildWriter = {
  child: ChildProcess;
  /** Every JSON line the child printed so far. */
  lines: WriterLine[];
  /** Resolves with the first line (already printed or still to come) that matches. */
  waitForLine: (matches: (line: WriterLine) => boolean) => Promise<WriterLine>;
  /** Resolves with the exit code, or the signal that ended the child. */
  exited: Promise<number | NodeJS.Signals>;
  stderr: () => string;
};

export function startChildWriter(script: string, args: string[], databaseUrl: string): ChildWriter {
  if (!databaseUrl.startsWith(`file:${tmpdir()}`)) throw new Error(`Refusing to write to ${databaseUrl}: not a temporary local file`);
  // --conditions=react-server: domain modules import the "server-only" marker, which only loads there.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: WriterLine[] = [];
  const waiters: { matches: (line: WriterLine) => boolean; resolve: (line: WriterLine) => void }[] = [];
  let errorOutput = "";
  child.stderr.on("data", (chunk: Buffer) => (errorOutput += chunk.toString()));
  createInterface({ input: child.stdout }).on("line", (text) => {
    let line: WriterLine;
    try {
      line = JSON.parse(text) as WriterLine;
    } catch {
      line = { text };
    }
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.matches(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on("close", (code, signal) => resolve(signal ?? code ?? 0)));
  const waitForLine = (matches: (line: WriterLine) => boolean) =>
    new Promise<WriterLine>((resolve, reject) => {
      const seen = lines.find(matches);
      if (seen) return resolve(seen);
      waiters.push({ matches, resolve });
      void exited.then((how) => reject(new Error(`${script} ended (${how}) before printing the expected line. stderr:\n${errorOutput}`)));
    });
  return { child, lines, waitForLine, exited, stderr: () => errorOutput };
}
