import { LRUCache } from "lru-cache";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { Encoding } from "./accept-encoding";

// The stored pages: one entry per cache key, holding the page at one record revision in every encoding
// it is sent in. Bounded by bytes (lru-cache's maxSize), least recently used first out, and by age: an
// entry older than a minute is rendered again, so the "as of today" lines roll over at midnight.

/** Response headers that describe one transfer or one client, never the page. */
const NOT_STORED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
  "x-page-cache",
]);

/** What an entry costs beyond its bodies (headers, key, bookkeeping), counted against the budget. */
const ENTRY_OVERHEAD_BYTES = 2048;

export type StoredVariant = { body: Buffer; headers: string[] };

export type StoredPage = {
  revision: number;
  etag: string;
  /** Encodings this page is kept in, for Accept-Encoding negotiation. */
  encodings: Encoding[];
  variants: Partial<Record<Encoding, StoredVariant>>;
  /** Ready for writeHead: a hit is served thousands of times a second. */
  notModifiedHeaders: string[];
  bytes: number;
};

export type PageStore = LRUCache<string, StoredPage>;

export function createPageStore(maxBytes: number, ttlMs = 60_000): PageStore {
  return new LRUCache<string, StoredPage>({
    maxSize: Math.max(1, maxBytes),
    // One page may take at most an eighth of the budget: a huge export does not empty the cache.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (page, key) => page.bytes + key.length,
    ttl: ttlMs,
  });
}

function withVary(headers: [string, string][]): [string, string][] {
  const vary = headers.find(([name]) => name.toLowerCase() === "vary");
  if (!vary) return [...headers, ["vary", "Accept-Encoding"]];
  if (/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary[1])) return headers;
  return headers.map(([name, value]) => (name === vary[0] ? [name, `${value}, Accept-Encoding`] : [name, value]));
}

/**
 * An entry from a response as Next sent it (identity-encoded): its page headers and bytes, compressed here
 * into br and gzip unless the format is compressed already — so every variant holds the same page.
 * Synchronously (a few milliseconds, once per page and revision): the entry is then stored before the
 * client that asked for the render has its answer, so whoever asks after it gets the new page.
 */
export function storedPage(options: {
  revision: number;
  etag: string;
  headers: [string, string][];
  body: Buffer;
  compress: boolean;
}): StoredPage {
  const pageHeaders = withVary(options.headers.filter(([name]) => !NOT_STORED_HEADERS.has(name.toLowerCase())));
  const bodies: Partial<Record<Encoding, Buffer>> = { identity: options.body };
  if (options.compress) {
    // Brotli quality 5: within a few per cent of the best ratio at a small part of its time.
    bodies.br = brotliCompressSync(options.body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: options.body.byteLength },
    });
    bodies.gzip = gzipSync(options.body, { level: 6 });
  }
  const variants: Partial<Record<Encoding, StoredVariant>> = {};
  let bytes = ENTRY_OVERHEAD_BYTES;
  for (const [encoding, body] of Object.entries(bodies) as [Encoding, Buffer][]) {
    const encodingHeader: [string, string][] = encoding === "identity" ? [] : [["content-encoding", encoding]];
    const headers = [...pageHeaders, ...encodingHeader, ["content-length", String(body.byteLength)], ["x-page-cache", "hit"]].flat();
    variants[encoding] = { body, headers };
    bytes += body.byteLength;
  }
  return {
    revision: options.revision,
    etag: options.etag,
    encodings: Object.keys(variants) as Encoding[],
    variants,
    notModifiedHeaders: [...pageHeaders.filter(([name]) => !/^content-/i.test(name)), ["x-page-cache", "hit"]].flat(),
    bytes,
  };
}
