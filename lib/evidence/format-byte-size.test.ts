import { describe, expect, it } from "vitest";
import { formatByteSize } from "./format-byte-size";

describe("formatByteSize", () => {
  it.each([
    [1, "1 byte"],
    [820, "820 bytes"],
    [48_123, "48 kB"],
    [999_499, "999 kB"],
    [999_999, "1 MB"],
    [1_234_567, "1.2 MB"],
    [10_000_000, "10 MB"],
  ])("%d bytes → %s", (bytes, expected) => {
    expect(formatByteSize(bytes)).toBe(expected);
  });
});
