import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { checkMessagesIn } from "./check-messages-in";
import { findUnusedKeys, keysUsedIn } from "./message-keys";

// A throw-away copy of messages/ in which every language is a copy of English (a fixture only: the real
// translations are the translators' files), then broken one way at a time.
const repository = process.cwd();
let root: string;
const translated = { sourceRoot: repository, untranslated: [] as const };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "messages-"));
  for (const locale of LOCALES) cpSync(join(repository, "messages", "en"), join(root, "messages", locale), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const editJson = (path: string, edit: (json: Record<string, Record<string, unknown>>) => void) => {
  const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, Record<string, unknown>>;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
};

describe("npm run check:messages", () => {
  it("passes when every language has English's files and keys, and English's keys are all used (the repository's own code)", () => {
    expect(checkMessagesIn({ root, ...translated }).problems).toEqual([]);
  });

  it("fails on a key missing in one language, naming the file and the key", () => {
    editJson(join(root, "messages", "ru", "public.json"), (json) => delete json.code!.openedOn);
    expect(checkMessagesIn({ root, ...translated }).problems).toEqual(["messages/ru/public.json lacks code.openedOn"]);
  });

  it("fails on a key English does not have (a typo in a translation, a key English dropped)", () => {
    editJson(join(root, "messages", "ar", "common.json"), (json) => (json.nav!.overviw = "نظرة عامة"));
    expect(checkMessagesIn({ root, ...translated }).problems).toEqual(["messages/ar/common.json has nav.overviw, which English does not"]);
  });

  it("fails on a missing file and a missing language", () => {
    unlinkSync(join(root, "messages", "zh", "editor.json"));
    rmSync(join(root, "messages", "es"), { recursive: true });
    expect(checkMessagesIn({ root, ...translated }).problems).toEqual(["messages/zh/editor.json is missing", "messages/es/ is missing"]);
  });

  it("fails on an English key no code uses", () => {
    for (const locale of LOCALES) editJson(join(root, "messages", locale, "public.json"), (json) => (json.code!.neverShown = "x"));
    expect(checkMessagesIn({ root, ...translated }).problems).toEqual([
      "public.code.neverShown is used nowhere (remove it, or list it in scripts/messages/keys-used-dynamically.ts with where it is used)",
    ]);
  });

  it("names a language not translated yet, and fails once its folder exists while it is still listed as untranslated", () => {
    rmSync(join(root, "messages", "fr"), { recursive: true });
    const pending = checkMessagesIn({ root, sourceRoot: repository, untranslated: ["fr", "ru"] });
    expect(pending.notes).toEqual(["fr: not translated yet — its pages are written in English (UNTRANSLATED_LOCALES)"]);
    expect(pending.problems).toEqual(['messages/ru/ exists: take "ru" off UNTRANSLATED_LOCALES (i18n/message-files.ts)']);
  });
});

describe("keysUsedIn", () => {
  it("finds keys under the namespaces a file opens, written keys and template prefixes, not a bare ${…}", () => {
    const source = `const t = await getTranslations("public.code");\nt("heading"); t(\`roles.\${role}\`); cls(\`\${a} b\`);`;
    const used = keysUsedIn(source);
    expect(used.keys).toContain("public.code.heading");
    expect(used.prefixes).toEqual(["public.code.roles."]);
  });

  it("counts nothing in a file that opens no namespace", () => {
    expect(keysUsedIn(`t("heading")`)).toEqual({ keys: [], prefixes: [] });
  });

  it("treats a used object key as using every key under it, and honours the explicit list", () => {
    const sources = [`const t = useTranslations("editor"); t.raw("nav");`];
    expect(findUnusedKeys(["editor.nav.a", "editor.nav.b", "editor.other", "public.x.y"], sources, ["public.x."])).toEqual([
      "editor.other",
    ]);
  });
});
