// Spreadsheet programs run a cell that starts with one of these characters as a formula, so a signer name
// typed as =HYPERLINK("http://x") could act on the reader's machine (OWASP, "CSV Injection":
// https://owasp.org/www-community/attacks/CSV_Injection). A leading apostrophe makes Excel, LibreOffice and
// Google Sheets show the text as typed and run nothing.
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** The text made inert for spreadsheets; every value that is not a risky string is returned unchanged. */
export function neutraliseFormula<T>(value: T): T | string {
  if (typeof value !== "string" || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** Whether a spreadsheet would read this text as a formula. */
export function isFormulaLike(value: string): boolean {
  return value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0));
}

/**
 * A formula start after a separator or line break, spaces allowed between: where a cell begins when the
 * file is opened with another separator than ours. Excel and LibreOffice split on `;` where the decimal
 * mark is a comma (most of Europe, Latin America), and quoting does not survive that: our quotes are read
 * as text and the `;` inside a quoted field still ends the cell.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n] *)([=+\-@])/g;

/**
 * A CSV field made inert in every separator locale: an apostrophe before a formula start at the beginning
 * of the value and after every `,`, `;`, tab or line break in it (OWASP's advice for CSV injection, for
 * readers whose separator is not ours). Exact values are in the JSON and XLSX exports.
 */
export function neutraliseCsvField<T>(value: T): T | string {
  const start = neutraliseFormula(value);
  return typeof start === "string" ? start.replace(FORMULA_AFTER_SEPARATOR, "$1'$2") : start;
}
