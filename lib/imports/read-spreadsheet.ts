import { createHash } from "node:crypto";
import { IMPORT_LIMIT_WORDS, MAX_FILE_BYTES } from "./import-limits";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { UnreadableFileError, type ReadSheet } from "./sheet-rows";

/** A zip archive's first bytes: an .xlsx is one, whatever its name says. */
const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** Old binary Excel (.xls), which this import does not read. */
const isOleDocument = (bytes: Buffer) => bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from("d0cf11e0a1b11ae1", "hex"));

export function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads an uploaded CSV or XLSX file into rows, or throws UnreadableFileError saying what is wrong with it. */
export async function readSpreadsheet(bytes: Buffer): Promise<ReadSheet> {
  if (bytes.length === 0) throw new UnreadableFileError("The file is empty.");
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UnreadableFileError(`The file is larger than ${IMPORT_LIMIT_WORDS.fileSize}: split it into smaller files.`);
  }
  if (isOleDocument(bytes))
    throw new UnreadableFileError("This is an old Excel file (.xls): save it as .xlsx or as CSV, then import that.");
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
