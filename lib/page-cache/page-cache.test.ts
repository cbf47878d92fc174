import { describe, expect, it } from "vitest";
import { cachedPage, FILL_HEADER, isCacheableRequest, PageCache } from "./page-cache";

const page = (revision: number, size = 10, storedAt = 1_000) => cachedPage(revision, 200, [["content-type", "text/html"]], Buffer.alloc(size), storedAt);

describe("isCacheableRequest", () => {
  const headers = (entries: Record<string, string> = {}) => new Headers(entries);

  it("caches anonymous GETs of public pages, with their filters", () => {
    for (const path of ["/", "/signatories", "/signatories/kaz", "/non-signatories", "/code", "/code/commitments/7", "/api/v1/signatories", "/api/v1/participants/kaz", "/feed.xml", "/map.svg"]) {
      expect(isCacheableRequest("GET", path, headers()), path).toBe(true);
    }
  });

  it("never caches editors, client navigations, its own fills, other methods or other paths", () => {
    expect(isCacheableRequest("GET", "/", headers({ cookie: "a=1; next-auth.session-token=x" }))).toBe(false);
    expect(isCacheableRequest("GET", "/", headers({ cookie: "__Secure-next-auth.session-token=x" }))).toBe(false);
    expect(isCacheableRequest("GET", "/", headers({ rsc: "1" }))).toBe(false);
    expect(isCacheableRequest("GET", "/", headers({ [FILL_HEADER]: "1" }))).toBe(false);
    expect(isCacheableRequest("POST", "/signatories", headers())).toBe(false);
    for (const path of ["/editor", "/login", "/api/v1/openapi.json", "/api/auth/session", "/signatories/kaz/extra"]) {
      expect(isCacheableRequest("GET", path, headers()), path).toBe(false);
    }
  });
});

describe("PageCache", () => {
  it("serves an entry only at the revision it was rendered at", () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000 });
    cache.set("/", page(3));
    expect(cache.get("/", 3, 2_000)?.revision).toBe(3);
    expect(cache.get("/", 4, 2_000)).toBeUndefined();
    expect(cache.get("/", 3, 2_000)).toBeUndefined(); // the stale entry was dropped
  });

  it("expires entries after the time limit", () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 100 });
    cache.set("/", page(1, 10, 1_000));
    expect(cache.get("/", 1, 1_050)).toBeDefined();
    expect(cache.get("/", 1, 1_200)).toBeUndefined();
  });

  it("evicts the least recently used entries beyond its limits", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 1000, ttlMs: 60_000 });
    cache.set("/a", page(1));
    cache.set("/b", page(1));
    cache.get("/a", 1, 1_000);
    cache.set("/c", page(1));
    expect(cache.get("/b", 1, 1_000)).toBeUndefined();
    expect(cache.get("/a", 1, 1_000)).toBeDefined();

    const small = new PageCache({ maxEntries: 10, maxBytes: 80, ttlMs: 60_000 });
    small.set("/a", page(1, 10));
    small.set("/b", page(1, 10));
    small.set("/huge", page(1, 50)); // more than an eighth of the budget: not cached at all
    expect(small.size).toBe(2);
  });
});
