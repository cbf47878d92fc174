import { createHash } from "node:crypto";
import { messageKey } from "@/lib/i18n/message-key";
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
  if (bytes.length === 0) throw new UnreadableFileError(messageKey("validation.import.file.empty"));
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UnreadableFileError(messageKey("validation.import.file.tooLarge", { size: IMPORT_LIMIT_WORDS.fileSize }));
  }
  if (isOleDocument(bytes)) throw new UnreadableFileError(messageKey("validation.import.file.oldExcel"));
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
