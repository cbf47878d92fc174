// A whole-page cache for anonymous visitors of the public site, served by scripts/serve.ts in front of
// Next's request handler (lib/page-cache/serve-with-page-cache.ts). Public pages render
// per request (their filters live in the URL); under load that rendering, not the database, is the cost.
// Each entry remembers the record revision it was rendered at and is served only while that revision is
// current (one single-row query per turn of the event loop, see serve-with-page-cache.ts), and for at most
// a minute, so the "as of today" lines roll over. Signed-in editors, client-side navigations and anything but GET always reach the app.

export type CachedPage = {
  revision: number;
  storedAt: number;
  status: number;
  body: Buffer;
  etag: string | undefined;
  /** Ready for writeHead, worked out once when stored: a hit is served thousands of times a second. */
  rawHeaders: string[];
  notModifiedHeaders: string[];
};

export const PAGE_CACHE_LIMITS = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, ttlMs: 60_000 };

/** A request carrying this header always reaches the app (benchmarks use it to time rendering). */
export const FILL_HEADER = "x-page-cache-fill";

/** Public pages, the open API's GETs, the feed and the overview's map: the same for every anonymous visitor at one revision. */
const PUBLIC_PAGE = /^\/(signatories(\/[^/]+)?|non-signatories|code(\/commitments\/[^/]+)?|api\/v1\/(signatories|participants(\/[^/]+)?|commitments|changes)|feed\.xml|map\.svg)?$/;
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?next-auth\.session-token=/;
/** Response headers that describe one transfer, not the page (the body is stored as sent, so its encoding stays). */
const TRANSFER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date", "set-cookie"]);

type HeaderReader = { has(name: string): boolean; get(name: string): string | null };

export function isCacheableRequest(method: string, pathname: string, headers: HeaderReader): boolean {
  return (
    method === "GET" &&
    PUBLIC_PAGE.test(pathname) &&
    !headers.has(FILL_HEADER) &&
    !headers.has("rsc") &&
    !headers.has("next-router-prefetch") &&
    !headers.has("next-router-state-tree") &&
    !SESSION_COOKIE.test(headers.get("cookie") ?? "")
  );
}

/** An entry for a response as Next sent it: its page headers (not those of the transfer) and its bytes. */
export function cachedPage(revision: number, status: number, sentHeaders: Iterable<[string, string]>, body: Buffer, storedAt = Date.now()): CachedPage {
  const headers = [...sentHeaders].filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase()) && name.toLowerCase() !== "x-page-cache");
  const hit: [string, string] = ["x-page-cache", "hit"];
  return {
    revision,
    storedAt,
    status,
    body,
    etag: headers.find(([name]) => name.toLowerCase() === "etag")?.[1],
    rawHeaders: [...headers, ["content-length", String(body.byteLength)], hit].flat(),
    notModifiedHeaders: [...headers.filter(([name]) => !/^content-/i.test(name)), hit].flat(),
  };
}

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly limits = PAGE_CACHE_LIMITS) {}

  get(key: string, revision: number, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.revision !== revision || now - entry.storedAt > this.limits.ttlMs) {
      this.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting keeps the most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedPage): void {
    if (entry.body.byteLength > this.limits.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      this.delete(this.entries.keys().next().value!);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.byteLength;
    this.entries.delete(key);
  }
}
