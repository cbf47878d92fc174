// The key check behind `npm run check:messages`: every language has the same message files and keys as
// English, and every English key is used by the code. Pure functions, so that a test can show each rule bite.

type Tree = { [key: string]: Tree | string };

/** Every leaf of a message tree as a dotted path: { a: { b: "x" } } → ["a.b"]. */
export function flattenKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/** Keys English has that the translation lacks, and keys the translation has that English does not. */
export function compareKeys(english: Tree, translation: Tree): { missing: string[]; extra: string[] } {
  const ours = new Set(flattenKeys(translation));
  const theirs = new Set(flattenKeys(english));
  return {
    missing: [...theirs].filter((key) => !ours.has(key)),
    extra: [...ours].filter((key) => !theirs.has(key)),
  };
}

const NAMESPACE = /(?:useTranslations|getTranslations)\(\s*(?:["'`]([^"'`]*)["'`]|\{[^}]*?namespace:\s*["'`]([^"'`]+)["'`][^}]*\})?\s*\)/g;
// A file handed a translator made elsewhere (lib/exports: one getTranslations per export) names its namespace
// in a comment, "// messages: exports"; a file that writes messageKey("api.problems.lang") uses full keys.
const DECLARED_NAMESPACE = /\/\/ messages: ([\w.]+)/g;
const MESSAGE_KEY_CALL = /\bmessageKey\(/;
const STRING = /"([\w.-]+)"|'([\w.-]+)'|`([\w.-]*)(\$\{)?/g;

/**
 * The keys a source file may use: every string literal in it ("heading", 'saved', `nav.${key}`), under each
 * namespace the file opens with useTranslations / getTranslations. Generous on purpose — a key named in a
 * ternary, a lookup table or a translator made in Promise.all counts — so that what it reports unused is
 * unused. A template's fixed part (`roles.${role}` → "editor.roles.") counts for every key under it.
 */
export function keysUsedIn(source: string): { keys: string[]; prefixes: string[] } {
  const namespaces = new Set<string>();
  for (const match of source.matchAll(NAMESPACE)) namespaces.add(match[1] ?? match[2] ?? "");
  for (const match of source.matchAll(DECLARED_NAMESPACE)) namespaces.add(match[1]!);
  if (MESSAGE_KEY_CALL.test(source)) namespaces.add("");
  const keys: string[] = [];
  const prefixes: string[] = [];
  if (namespaces.size === 0) return { keys, prefixes };
  for (const match of source.matchAll(STRING)) {
    const written = match[1] ?? match[2] ?? match[3] ?? "";
    for (const namespace of namespaces) {
      const full = namespace ? `${namespace}.${written}` : written;
      if (match[4]) {
        if (written) prefixes.push(full); // `${x}` alone names no key
      } else if (written) keys.push(full);
    }
  }
  return { keys, prefixes };
}

/** English keys no source uses, nor a template's fixed part, nor the explicit list of keys used dynamically. */
export function findUnusedKeys(allKeys: readonly string[], sources: readonly string[], usedDynamically: readonly string[]): string[] {
  const used = new Set<string>();
  const prefixes: string[] = [...usedDynamically];
  for (const source of sources) {
    const found = keysUsedIn(source);
    found.keys.forEach((key) => used.add(key));
    prefixes.push(...found.prefixes);
  }
  return allKeys.filter(
    (key) =>
      !used.has(key) && ![...used].some((usedKey) => key.startsWith(`${usedKey}.`)) && !prefixes.some((prefix) => key.startsWith(prefix)),
  );
}
