import yauzl from "yauzl";
import { messageKey } from "@/lib/i18n/message-key";
import { MAX_ARCHIVE_ENTRIES, MAX_UNPACKED_BYTES } from "./import-limits";
import { UnreadableFileError } from "./sheet-rows";

// An XLSX file is a zip of XML parts, and both layers can be turned against the reader before ExcelJS
// sees a cell: a zip bomb (a few MB that inflate to gigabytes) and XML entity tricks (a DOCTYPE whose
// entities expand a billion times, or fetch a local file). yauzl reads the archive with every entry's
// declared size enforced while inflating; the inflated bytes are counted against a total, and each XML
// part is refused if it declares a DOCTYPE or an entity, which no spreadsheet program writes.

function refuse(message: string): never {
  throw new UnreadableFileError(messageKey("validation.import.file.resave", { problem: message }));
}

/** Checks the archive and its XML parts; throws UnreadableFileError with the reason when it is unsafe. */
export async function checkXlsxArchive(bytes: Buffer): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    refuse(messageKey("validation.import.file.notWorkbook"));
  }
  if (zip.entryCount > MAX_ARCHIVE_ENTRIES) refuse(messageKey("validation.import.file.tooManyParts", { count: zip.entryCount }));
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      unpacked += entry.uncompressedSize;
      if (unpacked > MAX_UNPACKED_BYTES) refuse(messageKey("validation.import.file.zipBomb"));
      if (entry.fileName.endsWith("/")) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      if (/\.(xml|rels|vml)$/i.test(entry.fileName) && declaresDoctype(Buffer.concat(chunks))) {
        refuse(messageKey("validation.import.file.doctype"));
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    // yauzl's own refusals: an entry inflating past its declared size, a corrupt or truncated archive.
    refuse(messageKey("validation.import.file.damagedArchive"));
  } finally {
    zip.close();
  }
}

/** A DOCTYPE or ENTITY declaration, in UTF-8 or UTF-16 (XML allows both). */
function declaresDoctype(part: Buffer): boolean {
  const isUtf16 = (part[0] === 0xff && part[1] === 0xfe) || (part[0] === 0xfe && part[1] === 0xff);
  const text = isUtf16 ? part.toString("utf16le") : part.toString("latin1");
  return /<!\s*(DOCTYPE|ENTITY)/i.test(text);
}
