import { describe, expect, it } from "vitest";
import { expectedMediaKind, matchPublicRoute } from "./public-routes";

describe("matchPublicRoute", () => {
  it("knows the public pages, the map, the feed and the open API's GETs", () => {
    for (const path of [
      "/",
      "/signatories",
      "/signatories/kaz",
      "/non-signatories",
      "/code",
      "/code/commitments/7",
      "/map.svg",
      "/feed.xml",
      "/api/v1/signatories",
      "/api/v1/participants",
      "/api/v1/participants/kaz",
      "/api/v1/commitments",
      "/api/v1/changes",
      "/compare",
      "/embed/count",
      "/embed/map",
      "/signatories/kaz/feed.xml",
      "/regions/africa/feed.xml",
      "/api/v1/ledger",
      "/api/v1/compare",
      "/api/v1/datapackage.zip",
    ]) {
      expect(matchPublicRoute(path), path).toBeDefined();
    }
  });

  it("knows nothing else: editor, sign-in, auth, extra or empty segments, look-alikes, absolute forms", () => {
    for (const path of [
      "/editor",
      "/editor/users",
      "/login",
      "/api/auth/session",
      "/api/v1/openapi.json",
      "/signatories/kaz/extra",
      "/signatories/",
      "//signatories",
      "/signatories//",
      "/code/commitments/",
      "/mapXsvg",
      "/feedXxml",
      "/_next/static/x.js",
      "http://evil.example/signatories",
      "/Signatories",
      "/api/v1/signatories/x",
      // Evidence documents reach Next every time: large, immutable bytes (docs/evidence.md).
      `/evidence/${"a".repeat(64)}`,
      "/embed",
      "/embed/other",
      "/embed/count/x",
      "/signatories/kaz/feedXxml",
      "/regions/africa",
      "/api/v1/datapackageXzip",
    ]) {
      expect(matchPublicRoute(path), path).toBeUndefined();
    }
  });
});

describe("matchPublicRoute in the other five languages", () => {
  it("knows every page under each language's prefix, as the same route", () => {
    for (const prefix of ["/ar", "/zh", "/fr", "/ru", "/es"]) {
      expect(matchPublicRoute(prefix), prefix).toBe(matchPublicRoute("/"));
      for (const path of ["/signatories", "/signatories/kaz", "/non-signatories", "/code", "/code/commitments/7", "/compare"]) {
        expect(matchPublicRoute(`${prefix}${path}`), `${prefix}${path}`).toBe(matchPublicRoute(path));
      }
    }
  });

  it("knows no prefixed API, export, feed, embed or map (they have one address), nor /en, a made-up or upper-case prefix", () => {
    for (const path of [
      "/fr/api/v1/signatories",
      "/fr/map.svg",
      "/fr/feed.xml",
      "/ar/signatories/kaz/feed.xml",
      "/ru/embed/count",
      "/es/regions/africa/feed.xml",
      "/en/signatories",
      "/en",
      "/de/signatories",
      "/FR/signatories",
      "/fr/",
      "/frsignatories",
      "/fr/fr/signatories",
      "/fr/editor",
    ]) {
      expect(matchPublicRoute(path), path).toBeUndefined();
    }
  });
});

describe("expectedMediaKind", () => {
  it("accepts only the media types the route answers with, whatever the parameters", () => {
    const page = matchPublicRoute("/signatories")!;
    const api = matchPublicRoute("/api/v1/signatories")!;
    expect(expectedMediaKind(page, "text/html; charset=utf-8")).toBe("html");
    expect(expectedMediaKind(page, "application/json")).toBeUndefined();
    expect(expectedMediaKind(page, "text/x-component")).toBeUndefined();
    expect(expectedMediaKind(page, undefined)).toBeUndefined();
    expect(expectedMediaKind(api, "text/csv; charset=utf-8")).toBe("csv");
    expect(expectedMediaKind(api, "application/pdf")).toBe("pdf");
    expect(expectedMediaKind(api, "text/html")).toBeUndefined();
  });
});
