import ExcelJS from "exceljs";
import { messageKey } from "@/lib/i18n/message-key";
import { buildSheet, type RawCell, type RawRow } from "./build-sheet";
import { xlsxCellText } from "./cell-text";
import { checkXlsxArchive } from "./check-xlsx-archive";
import { UnreadableFileError, type ReadSheet } from "./sheet-rows";

// The first sheet of an .xlsx workbook (the export's "Signatories"; its "About" sheet is not read). What
// the eye does not see is refused rather than imported: hidden sheets, rows or columns. Merged cells are
// refused too: a merged value belongs to several rows, and ExcelJS reports it in one only. A formula cell
// gives the value the spreadsheet saved with it; nothing is ever evaluated.

function refuse(message: string): never {
  throw new UnreadableFileError(message);
}

/** The calendar day of a date cell: ExcelJS reads date serials as UTC instants. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function cellOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: xlsxCellText(value) };
  if (typeof value === "number") return { text: String(value) };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { problem: "The date cell holds no valid date" } : { text: dayOf(value) };
  if ("error" in value) return { problem: `The cell shows the error ${value.error}: replace it with a value` };
  if ("richText" in value) return { text: xlsxCellText(value.richText.map((part) => part.text).join("")) };
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) {
      return { problem: "The cell holds a formula with no saved value: copy the column and paste it back as values" };
    }
    return typeof result === "object" && !(result instanceof Date)
      ? { problem: `The formula gives the error ${result.error}` }
      : cellOf(result);
  }
  if ("hyperlink" in value) return cellOf(value.text);
  return { problem: "This kind of cell cannot be imported: type the value in" };
}

export async function readXlsx(bytes: Buffer): Promise<ReadSheet> {
  await checkXlsxArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    refuse(messageKey("validation.import.file.unreadableWorkbook"));
  }
  const hidden = workbook.worksheets.filter((sheet) => sheet.state !== "visible").map((sheet) => `“${sheet.name}”`);
  if (hidden.length > 0) {
    refuse(messageKey("validation.import.file.hiddenSheets", { sheets: hidden.join(", ") }));
  }
  const sheet = workbook.worksheets[0] ?? refuse(messageKey("validation.import.file.noSheet"));
  const merges = sheet.model.merges ?? [];
  if (merges.length > 0) {
    refuse(messageKey("validation.import.file.mergedCells", { sheet: sheet.name, cells: merges.slice(0, 3).join(", ") }));
  }
  const hiddenColumns = (sheet.columns ?? []).filter((column) => column.hidden).map((column) => column.letter);
  if (hiddenColumns.length > 0) refuse(messageKey("validation.import.file.hiddenColumns", { columns: hiddenColumns.join(", ") }));

  const width = sheet.columnCount;
  const readRow = (row: ExcelJS.Row): RawCell[] => Array.from({ length: width }, (_, index) => cellOf(row.getCell(index + 1).value));
  const header = readRow(sheet.getRow(1)).map((cell) => ("text" in cell ? cell.text : ""));
  const rows: RawRow[] = [];
  const hiddenRows: number[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    if (row.hidden) hiddenRows.push(rowNumber);
    rows.push({ rowNumber, cells: readRow(row) });
  }
  if (hiddenRows.length > 0) refuse(messageKey("validation.import.file.hiddenRows", { rows: hiddenRows.slice(0, 5).join(", ") }));
  return buildSheet(header, rows);
}
