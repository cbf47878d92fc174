import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The validators are other people's programs, run as they are: Debian's python3 with its csv module,
// openpyxl and feedparser; poppler; qpdf; Java for the Nu HTML checker. `.ci/run` installs them.

/** Debian's python3, which has python3-openpyxl and python3-feedparser (the one on PATH may be another build). */
export const SYSTEM_PYTHON = "/usr/bin/python3";
const PYTHON_FOLDER = join(process.cwd(), "e2e/validators/python");

export type ToolResult = { status: number | null; stdout: string; stderr: string };

export function runTool(
  command: string,
  args: readonly string[],
  options: { timeout?: number; env?: Record<string, string> } = {},
): ToolResult {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); .ci/run installs it`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs one of e2e/validators/python/*.py on a file and returns the JSON it prints. */
export function runPythonCheck<T>(script: string, file: string): T {
  const result = runTool(SYSTEM_PYTHON, [join(PYTHON_FOLDER, script), file]);
  if (result.status !== 0) throw new Error(`${script} failed on ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** Writes bytes to a new file in a folder of its own under the system's temporary folder. */
export function saveToTemporaryFile(name: string, body: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "validators-")), name);
  writeFileSync(path, body);
  return path;
}
