import { mapColumns, type ImportField } from "./import-columns";
import { messageKey } from "@/lib/i18n/message-key";
import { MAX_DATA_ROWS } from "./import-limits";
import { UnreadableFileError, type ReadSheet, type SheetRow } from "./sheet-rows";

// What CSV and XLSX reading share once the cells are text: the header mapped to fields, trailing blank
// rows dropped (spreadsheet programs keep formatted empty rows at the end), a blank row between rows and
// a value under no header reported, and the row limit.

export type RawCell = { text: string } | { problem: string };
export type RawRow = { rowNumber: number; cells: RawCell[] };

const isBlank = (cell: RawCell | undefined) => !cell || ("text" in cell && cell.text.trim() === "");

export function buildSheet(headerCells: string[], dataRows: RawRow[]): ReadSheet {
  const mapped = mapColumns(headerCells);
  if (!mapped.ok) throw new UnreadableFileError(mapped.message);
  const { fields } = mapped.columns;

  let last = dataRows.length;
  while (last > 0 && dataRows[last - 1]!.cells.every(isBlank)) last -= 1;
  const rows = dataRows.slice(0, last);
  if (rows.length === 0) throw new UnreadableFileError(messageKey("validation.import.file.noRows"));
  if (rows.length > MAX_DATA_ROWS) {
    throw new UnreadableFileError(messageKey("validation.import.file.tooManyRows", { count: rows.length, max: MAX_DATA_ROWS }));
  }

  const headers: ReadSheet["headers"] = {};
  for (const [field, { header }] of fields) headers[field] = header;
  const lastHeaderPosition = headerCells.length - 1;

  return {
    headers,
    rows: rows.map(({ rowNumber, cells }): SheetRow => {
      const row: SheetRow = { rowNumber, cells: {}, problems: [] };
      if (cells.every(isBlank)) {
        row.problems.push({ column: "", message: messageKey("validation.import.emptyRow") });
        return row;
      }
      for (const [field, { position, header }] of fields as Map<ImportField, { position: number; header: string }>) {
        const cell = cells[position];
        if (!cell) continue;
        if ("problem" in cell) row.problems.push({ column: header, field, message: cell.problem });
        else row.cells[field] = cell.text;
      }
      if (cells.slice(lastHeaderPosition + 1).some((cell) => !isBlank(cell))) {
        row.problems.push({ column: "", message: messageKey("validation.import.valueWithoutHeader") });
      }
      return row;
    }),
  };
}
