// A whole-page cache for anonymous visitors of the public site, served from the proxy. Public pages render
// per request (their filters live in the URL); under load that rendering, not the database, is the cost.
// Each entry remembers the record revision it was rendered at and is served only while that revision is
// current (one single-row query per request), and for at most a minute, so the "as of today" lines roll
// over. Signed-in editors, client-side navigations and anything but GET always reach the app.

export type CachedPage = { revision: number; storedAt: number; status: number; headers: [string, string][]; body: ArrayBuffer };

export const PAGE_CACHE_LIMITS = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, ttlMs: 60_000 };

/** Header the cache sends on its own request to the app when filling an entry. */
export const FILL_HEADER = "x-page-cache-fill";

const PUBLIC_PAGE = /^\/(signatories(\/[^/]+)?|non-signatories|code(\/commitments\/[^/]+)?)?$/;
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?next-auth\.session-token=/;
/** Response headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length", "date", "set-cookie"]);

export function isCacheableRequest(method: string, pathname: string, headers: Headers): boolean {
  return (
    method === "GET" &&
    PUBLIC_PAGE.test(pathname) &&
    !headers.has(FILL_HEADER) &&
    !headers.has("rsc") &&
    !headers.has("next-router-prefetch") &&
    !SESSION_COOKIE.test(headers.get("cookie") ?? "")
  );
}

export function cacheableHeaders(headers: Headers): [string, string][] {
  return [...headers.entries()].filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase()));
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
