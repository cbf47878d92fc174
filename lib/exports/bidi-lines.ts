import bidiFactory from "bidi-js";

// Right-to-left text for the PDF annex. pdfkit (through fontkit) shapes Arabic — joining forms, the lam-alef
// ligature — but has no bidi algorithm: it lays out a string word by word in logical order and reverses the
// glyphs of each Arabic word, so a multi-word name comes out with its words in the wrong order and its
// spaces misplaced, numbers and brackets inside Arabic are put in the wrong place, and brackets are not
// mirrored (measured in docs/languages.md). So lines are ordered here with the Unicode Bidirectional
// Algorithm (bidi-js) and drawn piece by piece, left to right: each piece is one word-sized run of one
// direction, given to pdfkit in logical order so that fontkit still shapes it (and reverses it if Arabic).

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** A run to draw, left to right in array order: text in logical order, brackets already mirrored. */
export type VisualPiece = { text: string; isRightToLeft: boolean; isSpace: boolean };

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const SPACE = /\s/;

/** Whether a string holds Hebrew or Arabic letters, which need this module to be drawn correctly. */
export function hasRightToLeftText(text: string): boolean {
  return RIGHT_TO_LEFT_LETTER.test(text);
}

const STRONG_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u3040-\u9FFF\uAC00-\uD7AF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * The direction a paragraph reads in, from its first letter (as HTML's dir="auto"): an English place or
 * signer stays left to right inside an Arabic list, an Arabic name right to left inside an English one.
 * Text without letters (a number, a dash) takes the document's direction.
 */
export function paragraphDirection(text: string, documentDirection: Direction): Direction {
  const first = STRONG_LETTER.exec(text)?.[0];
  if (first === undefined) return documentDirection;
  return hasRightToLeftText(first) ? "rtl" : "ltr";
}

/** Logical lines of at most maxWidth, broken at spaces (a word longer than the width gets a line of its own). */
export function wrapAtSpaces(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && widthOf(candidate) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** One line in visual order, for a paragraph of the given base direction. */
export function visualPieces(line: string, direction: Direction): VisualPiece[] {
  if (line === "") return [];
  const levels = bidi.getEmbeddingLevels(line, direction);
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const order = Array.from({ length: line.length }, (_, index) => index);
  for (const [start = 0, end = -1] of bidi.getReorderSegments(line, levels)) {
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  const isRightToLeft = (index: number) => (levels.levels[index]! & 1) === 1;
  const isSpace = (index: number) => SPACE.test(line[index]!);

  const pieces: VisualPiece[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const rightToLeft = isRightToLeft(run[0]!);
    const logical = [...run].sort((a, b) => a - b);
    let text = logical.map((index) => mirrored.get(index) ?? line[index]).join("");
    // fontkit reverses a run only when it holds right-to-left letters; brackets or dashes alone are reversed here.
    if (rightToLeft && !hasRightToLeftText(text)) text = [...text].reverse().join("");
    pieces.push({ text, isRightToLeft: rightToLeft, isSpace: isSpace(run[0]!) });
    run = [];
  };
  for (const index of order) {
    const previous = run.at(-1);
    const continues =
      previous !== undefined &&
      isRightToLeft(previous) === isRightToLeft(index) &&
      isSpace(previous) === isSpace(index) &&
      index === previous + (isRightToLeft(index) ? -1 : 1);
    if (!continues) flush();
    run.push(index);
  }
  flush();
  return pieces;
}
