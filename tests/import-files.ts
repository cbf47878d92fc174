import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { Database } from "@/lib/db";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { renderSignatoriesExport } from "@/lib/exports/render-signatories-export";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";

// Files for import tests: the real export of a database, and small CSV and XLSX files built from rows.

/** The published list exported exactly as /api/v1/signatories?format=csv|xlsx would send it. */
export async function exportedFile(db: Database, format: "csv" | "xlsx", query: Record<string, string> = {}): Promise<Buffer> {
  const rendered = await renderSignatoriesExport(await loadSignatoryExport(db, signatoryFiltersSchema.parse(query)), format);
  return Buffer.isBuffer(rendered.body) ? rendered.body : Buffer.from(rendered.body, "utf8");
}

/** A CSV of a header and rows, as a spreadsheet program would save it. */
export function csvFile(rows: string[][], options: { delimiter?: string; bom?: boolean; recordDelimiter?: string } = {}): Buffer {
  const text = stringify(rows, { delimiter: options.delimiter ?? ",", record_delimiter: options.recordDelimiter ?? "\r\n" });
  return Buffer.from(`${options.bom ? "\uFEFF" : ""}${text}`, "utf8");
}

/** An XLSX whose first sheet holds these rows; `shape` may change the workbook before it is written. */
export async function xlsxFile(
  rows: ExcelJS.CellValue[][],
  shape?: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (const row of rows) sheet.addRow(row);
  shape?.(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Parses a CSV export into header + rows, to edit it as a spreadsheet user would. */
export function csvRows(file: Buffer): string[][] {
  const rows: string[][] = parse(file);
  return rows;
}
