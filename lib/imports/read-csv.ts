import { parse } from "csv-parse/sync";
import { messageKey } from "@/lib/i18n/message-key";
import { buildSheet, type RawRow } from "./build-sheet";
import { csvCellText } from "./cell-text";
import { UnreadableFileError, type ReadSheet } from "./sheet-rows";

// CSV as spreadsheet programs write it: UTF-8 with or without a byte-order mark, comma- or
// semicolon-separated (Excel writes ";" where the decimal mark is a comma), CRLF or LF line ends.

/** The separator the header row uses: the one of "," and ";" that appears more often in it. */
function separatorOf(text: string): "," | ";" {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export function readCsv(bytes: Buffer): ReadSheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(messageKey("validation.import.file.notUtf8"));
  }
  text = text.replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UnreadableFileError(messageKey("validation.import.file.badQuotes", { line: line ? String(line) : "none" }));
  }
  const [header = [], ...data] = records;
  const rows: RawRow[] = data.map((cells, index) => ({
    rowNumber: index + 2,
    cells: cells.map((raw) => {
      const cell = csvCellText(raw);
      return cell.ok ? { text: cell.text } : { problem: cell.message };
    }),
  }));
  return buildSheet(header, rows);
}
