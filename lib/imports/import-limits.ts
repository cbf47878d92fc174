// What one import may hold. Above these the file is refused whole, with a message saying which limit.

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DATA_ROWS = 5_000;

// An XLSX file is a zip of XML parts. A 5 MB file of real rows unpacks to a few tens of MB at most; a
// "zip bomb" unpacks to gigabytes. Both the declared and the actually inflated sizes are held to these.
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ARCHIVE_ENTRIES = 2_000;

export const IMPORT_LIMIT_WORDS = { fileSize: "5 MB", rows: MAX_DATA_ROWS.toLocaleString("en") };
