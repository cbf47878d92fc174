import { crc32 } from "node:zlib";
import { concat, DamagedFileError } from "./damaged-file";

// Removes every kind of metadata from a PNG by keeping only the chunks that decide what the picture looks
// like: header, palette, transparency, colour space, image data and end. Dropped: text (tEXt, zTXt,
// iTXt, which hold authors, software, XMP and comments), EXIF (eXIf), time (tIME), ICC profiles (iCCP,
// which carry free-text descriptions), physical size and background hints, signatures, animation
// (an APNG becomes its still default image), private chunks, and anything after the end chunk. The
// kept chunks are copied byte for byte, so the pixels do not change. A chunk whose CRC does not match is
// refused: the file is damaged or was made by hand.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEPT_CHUNKS = new Set(["IHDR", "PLTE", "tRNS", "gAMA", "cHRM", "sRGB", "cICP", "IDAT", "IEND"]);
const CHUNK_TYPE = /^[A-Za-z]{4}$/;

export function stripPngMetadata(input: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!SIGNATURE.every((byte, index) => input[index] === byte)) throw new DamagedFileError("notPng");
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const kept: Uint8Array[] = [input.subarray(0, SIGNATURE.length)];
  let position = SIGNATURE.length;
  let hasImageData = false;

  for (;;) {
    if (position + 12 > input.length) throw new DamagedFileError("noEndChunk");
    const length = view.getUint32(position);
    const end = position + 12 + length;
    if (end > input.length) throw new DamagedFileError("chunkPastEnd");
    const type = String.fromCharCode(...input.subarray(position + 4, position + 8));
    if (!CHUNK_TYPE.test(type)) throw new DamagedFileError("invalidChunkName");
    if (position === SIGNATURE.length && type !== "IHDR") throw new DamagedFileError("noHeaderChunk");
    if (crc32(input.subarray(position + 4, end - 4)) !== view.getUint32(end - 4)) throw new DamagedFileError("badChecksum");
    if (KEPT_CHUNKS.has(type)) kept.push(input.subarray(position, end));
    hasImageData ||= type === "IDAT";
    position = end;
    if (type === "IEND") break;
  }
  if (!hasImageData) throw new DamagedFileError("noImageData");
  return concat(kept);
}
