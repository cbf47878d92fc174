import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// Left and right are wrong in Arabic: margins, paddings, insets, borders, corners and text alignment are
// written with logical names (ms-/me-, ps-/pe-, start-/end-, border-s/-e, rounded-s/-e, text-start/-end),
// which follow the page's direction. This finds the physical ones that would not.

const SPACING = String.raw`(?<![\w-])-?(?:ml|mr|pl|pr|left|right|scroll-ml|scroll-mr|scroll-pl|scroll-pr)-(?:\d|px\b|auto\b|full\b|\[|\()`;
const EDGES = String.raw`(?<![\w-])(?:border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br)(?:-[\w[(]|(?![\w-]))`;
const KEYWORDS = String.raw`(?<![\w-])(?:text-left|text-right|float-left|float-right|clear-left|clear-right|origin-left|origin-right)(?![\w-])`;
// Reported as the whole class name ("pl-[3rem]"), from where the physical part starts.
const CLASS_PATTERN = new RegExp(String.raw`(?:${SPACING}|${EDGES}|${KEYWORDS})[^\s"'\`;]*`, "g");

const CSS_PATTERN =
  /(?<![\w-])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;

export type PhysicalDirection = { file: string; line: number; text: string };

/** Physical left/right class names (in .ts/.tsx) or properties (in .css) in a source text, with their lines. */
export function findPhysicalDirections(file: string, source: string): PhysicalDirection[] {
  const pattern = file.endsWith(".css") ? CSS_PATTERN : CLASS_PATTERN;
  return source
    .split("\n")
    .flatMap((lineText, index) =>
      [...lineText.matchAll(new RegExp(pattern.source, "g"))].map((match) => ({ file, line: index + 1, text: match[0] })),
    );
}

/** Every source file under the given folders that could carry class names or styles. */
export function listStyledSources(roots: string[]): string[] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((path) => /\.(tsx?|css)$/.test(path))
      .map((path) => join(root, path)),
  );
}

export function scanForPhysicalDirections(roots: string[]): PhysicalDirection[] {
  return listStyledSources(roots).flatMap((file) => findPhysicalDirections(file, readFileSync(file, "utf8")));
}
