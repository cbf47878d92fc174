import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jpegWithGps, pngWithMetadata } from "@/tests/evidence-files";
import { DamagedFileError } from "./damaged-file";
import { stripJpegMetadata } from "./strip-jpeg-metadata";
import { stripPngMetadata } from "./strip-png-metadata";

// The filters read hostile input: whatever bytes arrive, they either return an image or say the file is
// damaged — never crash, never loop — and what they return is already clean (a second pass changes nothing).

const FILTERS = [
  { name: "JPEG", strip: stripJpegMetadata, sample: jpegWithGps({ orientation: 3 }) },
  { name: "PNG", strip: stripPngMetadata, sample: pngWithMetadata() },
];

/** A valid file with some bytes overwritten, some cut, or some inserted. */
const damagedCopy = (sample: Buffer) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
      const copy = Buffer.from(sample);
      for (const [index, value] of edits) copy[index] = value;
      return copy;
    }),
    fc.nat(sample.length).map((end) => sample.subarray(0, end)),
    fc
      .tuple(fc.nat(sample.length), fc.uint8Array({ minLength: 1, maxLength: 40 }))
      .map(([at, inserted]) => Buffer.concat([sample.subarray(0, at), inserted, sample.subarray(at)])),
  );

describe.each(FILTERS)("$name metadata filter", ({ strip, sample }) => {
  it("returns a clean image or refuses the file as damaged, for any damage", () => {
    fc.assert(
      fc.property(damagedCopy(sample), (bytes) => {
        try {
          const stripped = strip(bytes);
          expect(Buffer.from(strip(stripped)).equals(Buffer.from(stripped))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DamagedFileError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("refuses arbitrary bytes behind the right signature without crashing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        const bytes = Buffer.concat([sample.subarray(0, 8), tail]);
        try {
          strip(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DamagedFileError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves an already clean image exactly as it is", () => {
    const clean = strip(sample);
    expect(Buffer.from(strip(clean)).equals(Buffer.from(clean))).toBe(true);
  });
});
