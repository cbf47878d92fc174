import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every message a user can meet is a message key (lib/i18n/message-key.ts), written in the reader's language
// where it is shown. This finds English written straight into a zod schema, an AppError or a file refusal,
// where a new rule would most likely bring one back.

const ROOT = join(__dirname, "..");

/** Files whose English messages are deliberate, or not yet this branch's to convert, each with why. */
const EXCEPTIONS: Record<string, string> = {
  "env.ts": "start-up configuration errors, read by whoever deploys the site, in its log",
  "review/": "converted on its own branch (review messages)",
  "evidence/attach-evidence.ts": "converted with lib/review (another branch)",
  "evidence/detach-evidence.ts": "converted with lib/review (another branch)",
  "evidence/change-evidence-visibility.ts": "converted with lib/review (another branch)",
  "change-batches/undo-change-batch.ts": "converted with lib/review (another branch)",
  "participant-actions/delete-action.ts": "converted with lib/review (another branch)",
};

const PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: "a zod message written in English", pattern: /\bmessage:\s*["'`][A-Za-z“]/ },
  { name: "an AppError with an English message", pattern: /new AppError\(\s*"\w+",\s*["'`]/ },
  { name: "an AppError field error in English", pattern: /new AppError\([^;]*\{\s*["\w[\]]+:\s*["'`][A-Za-z“]/s },
  { name: "a file refusal in English", pattern: /(?:UnreadableFileError|refuse)\(\s*["'`]/ },
  { name: "a row problem in English", pattern: /problem\(\s*[\w"]+,\s*["'`]/ },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the domain's messages", () => {
  it("are message keys: no English message is written into lib/ outside the listed exceptions", () => {
    const found: string[] = [];
    for (const file of sourceFiles(ROOT)) {
      const path = relative(ROOT, file);
      if (Object.keys(EXCEPTIONS).some((exception) => path === exception || (exception.endsWith("/") && path.startsWith(exception))))
        continue;
      const source = readFileSync(file, "utf8");
      for (const { name, pattern } of PATTERNS) {
        const match = pattern.exec(source);
        if (match) found.push(`lib/${path}: ${name} (${match[0].slice(0, 80)})`);
      }
    }
    expect(found).toEqual([]);
  });

  it("would notice one: the patterns catch each kind of English message", () => {
    const samples = [
      `z.string().max(5, { message: "Too long" })`,
      `throw new AppError("conflict", "Already applied.")`,
      `throw new AppError("validation", CHECK_THE_FIELDS, { email: "Taken" })`,
      `refuse("The workbook has no sheet.")`,
      `problem("action", "Not an action")`,
    ];
    for (const [index, sample] of samples.entries()) expect(PATTERNS[index]!.pattern.test(sample), sample).toBe(true);
    expect(PATTERNS.some(({ pattern }) => pattern.test(`{ message: messageKey("validation.fields.reload") }`))).toBe(false);
  });
});
