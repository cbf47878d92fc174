import type { ImportField } from "./import-columns";

// A spreadsheet as the import reads it, whatever the format: the header row mapped to fields, then each
// data row's cells as text, with the problems found while reading them (a live formula, an error cell).

/** A problem in one cell or row; `column` is the header as the file wrote it, or empty for the whole row. */
export type RowProblem = { column: string; field?: ImportField; message: string };

export type SheetRow = {
  /** The row's number in the spreadsheet, counting the header as row 1: what the user sees. */
  rowNumber: number;
  cells: Partial<Record<ImportField, string>>;
  problems: RowProblem[];
};

export type ReadSheet = {
  /** The header each field was read from, in the file's wording. */
  headers: Partial<Record<ImportField, string>>;
  rows: SheetRow[];
};

/** A problem with the file as a whole: it is refused before any row is looked at. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableFileError";
  }
}
