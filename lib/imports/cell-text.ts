import { messageKey } from "@/lib/i18n/message-key";

// Formula characters in cells. Our CSV export puts an apostrophe before a formula start — at the start of
// a field and after every separator inside it (lib/exports/neutralise-formula.ts) — and the XLSX export
// before a leading one (or, in later versions, nothing: XLSX text cells are never evaluated). Reading
// back, an apostrophe in those places is ours and goes, so an exported list imports as it left. A CSV cell
// that starts a formula without one would run in a spreadsheet: it is refused, never stored.

const FORMULA_START = /^[=+\-@]/;
const OUR_LEADING_APOSTROPHE = /^'(?=[=+\-@\t\r])/;
const OUR_INNER_APOSTROPHES = /([,;\t\r\n] *)'([=+\-@])/g;

export type CellText = { ok: true; text: string } | { ok: false; message: string };

/** A CSV field as stored: our apostrophes removed; a live formula refused. */
export function csvCellText(raw: string): CellText {
  if (FORMULA_START.test(raw)) {
    return {
      ok: false,
      message: messageKey("validation.import.formulaCell", { character: raw[0]! }),
    };
  }
  return { ok: true, text: raw.replace(OUR_LEADING_APOSTROPHE, "").replace(OUR_INNER_APOSTROPHES, "$1$2") };
}

/** An XLSX text cell as stored: a leading apostrophe our export added is removed; the text is never run. */
export function xlsxCellText(raw: string): string {
  return raw.replace(OUR_LEADING_APOSTROPHE, "");
}
