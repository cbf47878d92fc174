import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/editor/signatures/new?x=1")).toBe("/editor/signatures/new?x=1");
  });

  it.each(["https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/editor");
    },
  );
});
