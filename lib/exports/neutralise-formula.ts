// Spreadsheet programs run a cell that starts with one of these characters as a formula, so a signer name
// typed as =HYPERLINK("http://x") could act on the reader's machine (OWASP "CSV injection"). A leading
// apostrophe makes Excel, LibreOffice and Google Sheets show the text as typed and run nothing.
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
