import { spawn } from "node:child_process";
import { join } from "node:path";

// The load generator: wrk (Debian's package), one thread and 64 connections. A JavaScript client on the
// same 2 cores saturates before the server does; wrk's one thread leaves a core to the server measured.

export const CONNECTIONS = 64;

export type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number; megabytesPerSecond: number };

function runWrk(url: string, seconds: number, headers: Record<string, string>): Promise<Figures> {
  const args = ["-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, "-s", join("bench", "wrk-report.lua")];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => reject(new Error(`wrk did not run (apt-get install -y wrk): ${error.message}`)));
    child.on("exit", (code) => {
      const line = output.split("\n").find((text) => text.startsWith("{"));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}):\n${output}`));
      const report = JSON.parse(line) as {
        requests: number;
        durationMicros: number;
        bytes: number;
        errors: number;
        p50: number;
        p99: number;
      };
      const seconds = report.durationMicros / 1e6;
      resolve({
        requestsPerSecond: report.requests / seconds,
        p50: report.p50 / 1000,
        p99: report.p99 / 1000,
        errors: report.errors,
        megabytesPerSecond: report.bytes / seconds / 1e6,
      });
    });
  });
}

/** A 2 s warm-up (discarded), then the measured run. */
export async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Figures> {
  await runWrk(url, 2, headers);
  return runWrk(url, seconds, headers);
}
