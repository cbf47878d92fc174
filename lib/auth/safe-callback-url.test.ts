import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-callback-url";

const ORIGIN = "http://localhost:3000";

// Every variant from the security review, plus backslashes and encoded slashes. The first two were
// accepted before: "/.//evil.example/phish" parsed to the path "//evil.example/phish".
const FOREIGN = [
  "/.//evil.example/phish",
  "/..//evil.example/x",
  "/./..//evil.example",
  "//evil.example/path",
  "///evil.example",
  "https://evil.example/",
  "https:evil.example",
  "http://localhost:3000@evil.example/",
  "http://localhost:3001/editor",
  "https://localhost:3000/editor",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/.\\\\evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%E0%A4%A",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  " //evil.example",
  "\t//evil.example",
  "",
  undefined,
];

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/editor/signatures/new?x=1#top", ORIGIN)).toBe("/editor/signatures/new?x=1#top");
    expect(safeCallbackPath("/editor/audit?participant=kaz", ORIGIN)).toBe("/editor/audit?participant=kaz");
    expect(safeCallbackPath(`${ORIGIN}/editor/users`, ORIGIN)).toBe("/editor/users");
    expect(safeCallbackPath("/editor/./users/../audit", ORIGIN)).toBe("/editor/audit");
  });

  it.each(FOREIGN)("refuses %j", (value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe("/editor");
  });

  it("takes the first of repeated values", () => {
    expect(safeCallbackPath(["//evil.example", "/editor/audit"], ORIGIN)).toBe("/editor");
    expect(safeCallbackPath(["/editor/audit", "//evil.example"], ORIGIN)).toBe("/editor/audit");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("answers an absolute URL on our origin", () => {
    expect(safeRedirectUrl("/editor/audit", ORIGIN)).toBe(`${ORIGIN}/editor/audit`);
    expect(safeRedirectUrl(`${ORIGIN}/`, ORIGIN)).toBe(`${ORIGIN}/`);
  });

  it.each(FOREIGN.filter((value): value is string => value !== undefined))("never leaves our origin for %j", (value) => {
    const url = new URL(safeRedirectUrl(value, ORIGIN));
    expect(url.origin).toBe(ORIGIN);
    expect(url.pathname).toBe("/editor");
  });
});
