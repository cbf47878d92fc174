import { createHash } from "node:crypto";
import { messageKey } from "@/lib/i18n/message-key";
import { fileTypeFromBuffer } from "file-type";
import type { EvidenceFormat } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { DamagedFileError } from "./damaged-file";
import { findHiddenMarkup } from "./find-hidden-markup";
import { safeFileName } from "./safe-file-name";
import { stripJpegMetadata } from "./strip-jpeg-metadata";
import { stripPngMetadata } from "./strip-png-metadata";

/** A file ready to store: its detected format, the bytes to keep (images without metadata), their SHA-256. */
export type InspectedEvidenceFile = {
  format: EvidenceFormat;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  byteSize: number;
  fileName: string;
};

/** Media types file-type reports for the formats we keep (an animated PNG is kept as its still image). */
const FORMAT_OF_DETECTED_TYPE: Record<string, EvidenceFormat> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/apng": "png",
  "image/jpeg": "jpeg",
};

/** A PDF reader looks for the end marker in the last 1,024 bytes; anything after it is another file riding along. */
const PDF_END = /%%EOF[\r\n\s]*$/;

/** Text formats file-type names: these get the message about web pages rather than "this is XML". */
const MARKUP_TYPES = new Set(["application/xml", "image/svg+xml", "text/html"]);

function refuse(message: string): never {
  throw new AppError("validation", messageKey("validation.evidence.notAttached"), { document: message });
}

/**
 * Decides from the bytes alone — never the name or the type the browser claimed — whether a file is a PDF,
 * PNG or JPEG evidence document, refuses anything else (web pages, SVG, scripts, polyglots, damaged files),
 * and takes the metadata out of images. The SHA-256 is of the bytes that will be stored and served.
 */
export async function inspectEvidenceFile(input: Uint8Array, uploadedName: string): Promise<InspectedEvidenceFile> {
  const detected = await fileTypeFromBuffer(input);
  const format = detected ? FORMAT_OF_DETECTED_TYPE[detected.mime] : undefined;
  if (!format) {
    refuse(
      detected && !MARKUP_TYPES.has(detected.mime)
        ? messageKey("validation.evidence.wrongType", { type: detected.ext.toUpperCase(), mime: detected.mime })
        : messageKey("validation.evidence.notDocument"),
    );
  }
  const hidden = findHiddenMarkup(input, { pdf: format === "pdf" });
  if (hidden === "pdf-script") refuse(messageKey("validation.evidence.pdfScript"));
  if (hidden === "markup") refuse(messageKey("validation.evidence.markup"));

  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = format === "jpeg" ? stripJpegMetadata(input) : format === "png" ? stripPngMetadata(input) : checkedPdf(input);
  } catch (error) {
    if (error instanceof DamagedFileError)
      refuse(messageKey("validation.evidence.damaged", { format: format.toUpperCase(), problem: error.problemMessage }));
    throw error;
  }
  return {
    format,
    bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteSize: bytes.byteLength,
    fileName: safeFileName(uploadedName, format),
  };
}

/** A PDF is stored exactly as uploaded (its signatures would break otherwise), once it ends as a PDF ends. */
function checkedPdf(input: Uint8Array): Uint8Array<ArrayBuffer> {
  const tail = Buffer.from(input.subarray(Math.max(0, input.byteLength - 1024))).toString("latin1");
  if (!PDF_END.test(tail)) throw new DamagedFileError("pdfEnd");
  return new Uint8Array(input);
}
