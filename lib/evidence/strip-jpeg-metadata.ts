import { concat, DamagedFileError } from "./damaged-file";

// Removes every kind of metadata from a JPEG by keeping only what a decoder needs, rather than deleting
// what is known to be metadata: quantisation and Huffman tables, the frame header, restart intervals,
// Adobe's colour-transform flag, the scans, and the end marker. Dropped: EXIF (camera, GPS, time), XMP
// (and extended XMP), IPTC (APP13), ICC profiles and multi-picture (MPF) headers (APP2), JFIF thumbnails
// (APP0), comments (COM), every other APPn, and whatever follows the end marker (appended files, the
// second images MPF points at). The scan data is copied byte for byte, so the pixels do not change.
//
// One thing is written back: a photo's orientation (EXIF tag 274), as a fresh EXIF block holding that
// tag alone, so a phone picture of a signed page is not shown on its side.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP14 = 0xee;

/** Start of frame (SOF0–3, 5–7, 9–11, 13–15): C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
const FRAME_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Tables and parameters a decoder needs: DHT, DAC, DQT, DNL, DRI. */
const TABLE_MARKERS = new Set([0xc4, 0xcc, 0xdb, 0xdc, 0xdd]);

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const ADOBE_HEADER = [0x41, 0x64, 0x6f, 0x62, 0x65]; // "Adobe"
const ORIENTATION_TAG = 0x0112;

export function stripJpegMetadata(input: Uint8Array): Uint8Array<ArrayBuffer> {
  if (input[0] !== 0xff || input[1] !== SOI) throw new DamagedFileError("notJpeg");
  const kept: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  let orientation: number | undefined;
  let hasFrame = false;
  let hasScan = false;
  let position = 2;

  for (;;) {
    if (input[position] !== 0xff) throw new DamagedFileError("segmentMisplaced");
    while (input[position] === 0xff) position++; // fill bytes before a marker
    const marker = input[position++];
    if (marker === undefined) throw new DamagedFileError("noEndMarker");
    if (marker === EOI) {
      kept.push(Uint8Array.of(0xff, EOI));
      break;
    }
    if (marker === SOI || marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      throw new DamagedFileError("markerOutOfPlace");
    }
    const length = readUint16(input, position);
    if (length === undefined || length < 2 || position + length > input.length) throw new DamagedFileError("segmentPastEnd");
    // The marker and its segment (the marker's own 0xFF is the byte before it, after any fill bytes).
    const segment = input.subarray(position - 2, position + length);
    const body = input.subarray(position + 2, position + length);
    position += length;

    if (marker === SOS) {
      if (!hasFrame) throw new DamagedFileError("dataBeforeFrame");
      const dataEnd = endOfScanData(input, position);
      kept.push(segment, input.subarray(position, dataEnd));
      position = dataEnd;
      hasScan = true;
    } else if (FRAME_MARKERS.has(marker) || TABLE_MARKERS.has(marker) || (marker === APP14 && startsWith(body, ADOBE_HEADER))) {
      kept.push(segment);
      hasFrame ||= FRAME_MARKERS.has(marker);
    } else if (marker === APP1 && startsWith(body, EXIF_HEADER)) {
      orientation ??= readOrientation(body.subarray(EXIF_HEADER.length));
    }
  }
  if (!hasFrame || !hasScan) throw new DamagedFileError("noImage");
  if (orientation !== undefined && orientation !== 1) kept.splice(1, 0, orientationOnlyExif(orientation));
  return concat(kept);
}

/** Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed 0xFF00 nor a restart. */
function endOfScanData(input: Uint8Array, start: number): number {
  let position = start;
  while (position < input.length - 1) {
    if (input[position] === 0xff) {
      const next = input[position + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
        position += 2;
        continue;
      }
      if (next !== 0xff) return position;
    }
    position++;
  }
  throw new DamagedFileError("dataCutOff");
}

/** EXIF orientation (1–8) from a TIFF structure's first directory, or undefined. */
function readOrientation(tiff: Uint8Array): number | undefined {
  const littleEndian = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!littleEndian && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const fits = (offset: number, size: number) => offset >= 0 && offset + size <= tiff.byteLength;
  if (!fits(0, 8) || view.getUint16(2, littleEndian) !== 42) return undefined;
  const directory = view.getUint32(4, littleEndian);
  if (!fits(directory, 2)) return undefined;
  const entries = view.getUint16(directory, littleEndian);
  for (let index = 0; index < entries; index++) {
    const entry = directory + 2 + index * 12;
    if (!fits(entry, 12)) return undefined;
    if (view.getUint16(entry, littleEndian) !== ORIENTATION_TAG) continue;
    const value = view.getUint16(entry + 8, littleEndian);
    return view.getUint16(entry + 2, littleEndian) === 3 && value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** An APP1 EXIF block whose only entry is the orientation (big-endian TIFF, one directory, one SHORT). */
function orientationOnlyExif(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const length = 2 + EXIF_HEADER.length + tiff.length;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...EXIF_HEADER, ...tiff]);
}

function readUint16(bytes: Uint8Array, offset: number): number | undefined {
  const high = bytes[offset];
  const low = bytes[offset + 1];
  return high === undefined || low === undefined ? undefined : (high << 8) | low;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
