import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MESSAGE_AREAS } from "@/i18n/message-files";
import { toNamespaces, type AreaFiles } from "@/i18n/message-namespaces";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { KEYS_USED_DYNAMICALLY } from "./keys-used-dynamically";
import { compareKeys, findUnusedKeys, flattenKeys } from "./message-keys";

type Options = {
  /** The folder holding messages/<locale>/<area>.json. */
  root: string;
  /** The folder holding the code that uses the messages (app/, components/, lib/, i18n/). */
  sourceRoot: string;
  /** Languages not translated yet (shown in English): noted, not checked; an error once they have a folder. */
  untranslated: readonly Locale[];
};

/** Every problem with the message files (errors) and what is not translated yet (notes). */
export function checkMessagesIn({ root, sourceRoot, untranslated }: Options): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const readArea = (locale: string, area: string) =>
    JSON.parse(readFileSync(join(root, "messages", locale, `${area}.json`), "utf8")) as Record<string, never>;

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const folder = join(root, "messages", locale);
    if (untranslated.includes(locale)) {
      if (existsSync(folder))
        problems.push(`messages/${locale}/ exists: take "${locale}" off UNTRANSLATED_LOCALES (i18n/message-files.ts)`);
      else notes.push(`${locale}: not translated yet — its pages are written in English (UNTRANSLATED_LOCALES)`);
      continue;
    }
    if (!existsSync(folder)) {
      problems.push(`messages/${locale}/ is missing`);
      continue;
    }
    for (const file of readdirSync(folder)) {
      if (!MESSAGE_AREAS.some((area) => `${area}.json` === file)) problems.push(`messages/${locale}/${file}: English has no such file`);
    }
    for (const area of MESSAGE_AREAS) {
      if (!existsSync(join(folder, `${area}.json`))) {
        problems.push(`messages/${locale}/${area}.json is missing`);
        continue;
      }
      const { missing, extra } = compareKeys(readArea("en", area), readArea(locale, area));
      missing.forEach((key) => problems.push(`messages/${locale}/${area}.json lacks ${key}`));
      extra.forEach((key) => problems.push(`messages/${locale}/${area}.json has ${key}, which English does not`));
    }
  }

  const english = toNamespaces(Object.fromEntries(MESSAGE_AREAS.map((area) => [area, readArea("en", area)])) as unknown as AreaFiles);
  const sources = ["app", "components", "lib", "i18n"].flatMap((folder) => sourceFiles(join(sourceRoot, folder)));
  const unused = findUnusedKeys(
    flattenKeys(english),
    sources.map((file) => readFileSync(file, "utf8")),
    KEYS_USED_DYNAMICALLY,
  );
  unused.forEach((key) =>
    problems.push(`${key} is used nowhere (remove it, or list it in scripts/messages/keys-used-dynamically.ts with where it is used)`),
  );
  return { problems, notes };
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
