import { describe, expect, it } from "vitest";
import { findHiddenMarkup } from "./find-hidden-markup";

/** Deterministic pseudo-random bytes (xorshift32), standing in for compressed streams and image data. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const bytesOf = (text: string) => Buffer.from(text, "latin1");

describe("findHiddenMarkup", () => {
  it.each([
    "<html><body>x</body></html>",
    "<!DOCTYPE html>",
    "<SCRIPT SRC=//x.example/a.js></SCRIPT>",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">',
    "<img src=x onerror=alert(1)>",
    "<iframe srcdoc='x'>",
    '<?xml-stylesheet type="text/xsl" href="x.xsl"?>',
    "see javascript:alert(1)",
  ])("finds %j between binary bytes", (markup) => {
    const bytes = Buffer.concat([randomBytes(1000, 7), bytesOf(markup), randomBytes(1000, 9)]);
    expect(findHiddenMarkup(bytes)).toBe("markup");
  });

  it("finds a PDF's script actions only in PDFs", () => {
    const action = bytesOf("<< /S /JavaScript /JS (app.alert(1)) >>");
    expect(findHiddenMarkup(action, { pdf: true })).toBe("pdf-script");
    expect(findHiddenMarkup(bytesOf("<< /S /Launch /F (cmd.exe) >>"), { pdf: true })).toBe("pdf-script");
    expect(findHiddenMarkup(action)).toBeNull();
  });

  it("passes what honest files hold: PDF dictionaries and hex strings, XMP packets, prose with angle brackets", () => {
    for (const text of [
      "<< /Type /Page /Contents 4 0 R >> <48656c6c6f> <FEFF0041>",
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="46,13N"/></rdf:RDF></x:xmpmeta>',
      "signed on 28 Sep 2018 <see annex> by the Minister; 3 < 4 > 2",
      "<a href=https://example.org>link</a>",
    ]) {
      expect(findHiddenMarkup(bytesOf(text), { pdf: true }), text).toBeNull();
    }
  });

  it("finds nothing in 40 MB of random bytes (what compressed data looks like)", () => {
    for (const seed of [1, 2, 3, 4]) expect(findHiddenMarkup(randomBytes(10_000_000, seed * 2_654_435_761), { pdf: true })).toBeNull();
  });
});
