import { createHash } from "node:crypto";
import exifr from "exifr";
import { describe, expect, it } from "vitest";
import {
  decodeJpegPixels,
  decodePngPixels,
  FIXTURE_CAMERA,
  FIXTURE_COMMENT,
  FIXTURE_GPS,
  jpegWithGps,
  minimalPdf,
  pngWithMetadata,
  REFUSED_FILES,
} from "@/tests/evidence-files";
import { inspectEvidenceFile } from "./inspect-evidence-file";
import { refusedInEnglish } from "@/tests/in-english";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const refused = await refusedInEnglish(Promise.resolve().then(() => inspectEvidenceFile(bytes, name)));
  expect(refused).toMatchObject({ code: "validation", message: "The document was not attached: nothing was stored." });
  return refused.fieldErrors.document ?? "";
}

describe("inspectEvidenceFile: what is kept", () => {
  it("keeps a PDF byte for byte, named by its detected format, hashed as stored", async () => {
    const pdf = minimalPdf();
    const inspected = await inspectEvidenceFile(pdf, "Signed page.PDF");
    expect(inspected).toMatchObject({ format: "pdf", byteSize: pdf.length, fileName: "Signed page.pdf", sha256: sha256(pdf) });
    expect(Buffer.from(inspected.bytes).equals(pdf)).toBe(true);
  });

  it("the fixtures carry the metadata a phone leaves: GPS, camera, XMP, comment", async () => {
    const photo = jpegWithGps();
    const gps = await exifr.gps(photo);
    expect(gps.latitude).toBeCloseTo(FIXTURE_GPS.latitude, 3);
    expect(gps.longitude).toBeCloseTo(FIXTURE_GPS.longitude, 3);
    expect(await exifr.parse(photo, { xmp: true })).toMatchObject({ Make: FIXTURE_CAMERA });
    expect(text(photo)).toContain(FIXTURE_COMMENT);
    expect((await exifr.gps(pngWithMetadata())).latitude).toBeCloseTo(FIXTURE_GPS.latitude, 3);
  });

  it("takes every kind of metadata out of a JPEG and leaves its pixels as they were", async () => {
    const photo = jpegWithGps();
    const inspected = await inspectEvidenceFile(photo, "IMG_0042.jpeg");
    expect(inspected).toMatchObject({ format: "jpeg", fileName: "IMG_0042.jpg", sha256: sha256(inspected.bytes) });
    expect(inspected.byteSize).toBe(inspected.bytes.length);
    expect(await exifr.parse(Buffer.from(inspected.bytes), { tiff: true, xmp: true, iptc: true, icc: true, jfif: true })).toBeUndefined();
    for (const trace of ["Exif", "GPS", "xmpmeta", "Photoshop", FIXTURE_CAMERA, FIXTURE_COMMENT, "JFIF"]) {
      expect(text(inspected.bytes)).not.toContain(trace);
    }
    expect(decodeJpegPixels(inspected.bytes).equals(decodeJpegPixels(photo))).toBe(true);
  });

  it("keeps a photo's orientation, and nothing else of its EXIF", async () => {
    const inspected = await inspectEvidenceFile(jpegWithGps({ orientation: 6 }), "sideways.jpg");
    expect(await exifr.parse(Buffer.from(inspected.bytes), true)).toEqual({ Orientation: "Rotate 90 CW" });
    expect(text(inspected.bytes)).not.toContain(FIXTURE_CAMERA);
  });

  it("takes every kind of metadata out of a PNG and leaves its pixels as they were", async () => {
    const image = pngWithMetadata();
    const inspected = await inspectEvidenceFile(image, "scan.png");
    expect(inspected.format).toBe("png");
    expect(await exifr.parse(Buffer.from(inspected.bytes), { tiff: true, xmp: true, ihdr: false })).toBeUndefined();
    for (const trace of ["tEXt", "iTXt", "eXIf", "tIME", "prVt", FIXTURE_CAMERA, FIXTURE_COMMENT]) {
      expect(text(inspected.bytes)).not.toContain(trace);
    }
    expect(decodePngPixels(inspected.bytes).equals(decodePngPixels(image))).toBe(true);
  });

  it("is the same file when uploaded twice (one SHA-256, so it is stored once)", async () => {
    const first = await inspectEvidenceFile(jpegWithGps(), "a.jpg");
    const again = await inspectEvidenceFile(first.bytes, "b.jpg");
    expect(again.sha256).toBe(first.sha256);
  });
});

describe("inspectEvidenceFile: what is refused, whatever the name says", () => {
  it.each([
    ["an HTML page renamed .pdf", REFUSED_FILES.html, "note-verbale.pdf"],
    ["an SVG image", REFUSED_FILES.svg, "signed-page.svg"],
    ["a shell script", REFUSED_FILES.script, "letter.pdf"],
    ["JavaScript", REFUSED_FILES.javascript, "letter.jpg"],
    ["a PDF whose magic bytes are wrong", REFUSED_FILES.wrongMagic, "page.pdf"],
    ["an empty file", Buffer.alloc(0), "page.pdf"],
  ])("%s", async (_, bytes, name) => {
    expect(await refusal(bytes, name)).toBe(
      "This file is not a PDF, PNG or JPEG, whatever its name says (web pages, SVG images and scripts are refused). Save or scan the document as a PDF, PNG or JPEG and attach that.",
    );
  });

  it("names another real format it recognises", async () => {
    expect(await refusal(REFUSED_FILES.gif, "page.png")).toBe(
      "This file is GIF (image/gif), whatever its name says. Attach a PDF, PNG or JPEG.",
    );
  });

  it.each([
    [
      "a PDF with an HTML page inside",
      Buffer.concat([minimalPdf().subarray(0, 15), Buffer.from("%<html><script>alert(1)</script></html>\n"), minimalPdf().subarray(15)]),
    ],
    ["a JPEG with a web page after its end", jpegWithGps({ trailer: Buffer.from("<html><body onload=alert(1)>x</body></html>") })],
    [
      "a JPEG whose comment is an SVG",
      Buffer.concat([
        jpegWithGps().subarray(0, 2),
        Buffer.from([0xff, 0xfe, 0, 40]),
        Buffer.from('<svg onload="alert(1)">x</svg>'.padEnd(38)),
      ]),
    ],
    ["a PNG with a script after its end", pngWithMetadata({ trailer: Buffer.from("<script>alert(1)</script>") })],
  ])("a polyglot: %s", async (_, bytes) => {
    expect(await refusal(bytes, "evidence.pdf")).toBe(
      "This file also contains web-page code (HTML, SVG or script), so it is refused. Save or scan the document again and attach that.",
    );
  });

  it("a PDF that runs JavaScript when opened", async () => {
    const pdf = Buffer.from(
      text(minimalPdf()).replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
      "latin1",
    );
    expect(await refusal(pdf, "note.pdf")).toBe(
      "This PDF contains scripts or actions that start programs. Print it to a new PDF and attach that.",
    );
  });

  it.each([
    [
      "a PDF with a file appended",
      Buffer.concat([minimalPdf(), Buffer.from("PK\x03\x04 an archive riding along", "latin1")]),
      "PDF",
      "it does not end with %%EOF, or has something appended",
    ],
    ["a JPEG cut off in its image data", jpegWithGps().subarray(0, -10), "JPEG", "its image data is cut off"],
    ["a JPEG without image data", Buffer.from([0xff, 0xd8, 0xff, 0xd9]), "JPEG", "it has no image in it"],
    ["a PNG cut off in a chunk", pngWithMetadata().subarray(0, 200), "PNG", "a chunk runs past the end"],
    [
      "a PNG with a wrong checksum",
      Buffer.from(pngWithMetadata().map((byte, index) => (index === 40 ? byte ^ 1 : byte))),
      "PNG",
      "a chunk's checksum is wrong",
    ],
    ["a PNG without its end chunk", pngWithMetadata().subarray(0, -12), "PNG", "it ends before its end chunk"],
  ])("damaged: %s", async (_, bytes, format, problem) => {
    expect(await refusal(bytes, "file")).toBe(`This ${format} is damaged (${problem}). Save or scan it again and attach that.`);
  });
});
