import { messageKey } from "@/lib/i18n/message-key";

/** What is wrong with a damaged file, named by its message (validation.evidence.damage.*). */
export type DamageProblem =
  | "notJpeg"
  | "segmentMisplaced"
  | "noEndMarker"
  | "markerOutOfPlace"
  | "segmentPastEnd"
  | "dataBeforeFrame"
  | "noImage"
  | "dataCutOff"
  | "notPng"
  | "noEndChunk"
  | "chunkPastEnd"
  | "invalidChunkName"
  | "noHeaderChunk"
  | "badChecksum"
  | "noImageData"
  | "pdfEnd";

/** The file claims a format but does not follow it: it is refused rather than repaired. */
export class DamagedFileError extends Error {
  constructor(public readonly problem: DamageProblem) {
    super(`Damaged file: ${problem}`);
    this.name = "DamagedFileError";
  }

  /** The problem in the reader's language, as a message key (translated where the refusal is shown). */
  get problemMessage(): string {
    return messageKey(`validation.evidence.damage.${this.problem}`);
  }
}

export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
