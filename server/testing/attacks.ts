// What an attacker sends to poison the page cache (issue 10), shared by the unit suite
// (server/page-cache-poisoning.test.ts) and the e2e suite against Next itself (e2e/page-cache-poisoning.spec.ts).

/** Next's internal request headers, and the prefetch purposes. */
export const INTERNAL_HEADERS: Record<string, string>[] = [
  { "x-middleware-prefetch": "1" },
  { rsc: "1" },
  { "next-router-prefetch": "1" },
  { "next-router-segment-prefetch": "/_tree" },
  { "next-router-state-tree": "%5B%22%22%5D" },
  { "next-url": "/editor" },
  { "next-action": "abc123" },
  { "next-hmr-refresh": "1" },
  { "x-nextjs-data": "1" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-invoke": "1" },
  { "x-matched-path": "/editor" },
  { "x-now-route-matches": "code=kaz" },
  { "x-invoke-path": "/editor" },
  { "x-invoke-status": "404" },
  { purpose: "prefetch" },
  { "sec-purpose": "prefetch;prerender" },
  { "x-purpose": "preview" },
  { "x-client-address": "203.0.113.9" },
];

export const ENCODING_ATTACKS = [
  "deflate",
  "gzip;q=0, deflate",
  "gzip",
  "br",
  "x-gzip",
  "*",
  "identity",
  "compress",
  "gzip, deflate, br, zstd",
  "",
];

/**
 * next-auth accepts its session cookie chunked (.0, .1) and under __Secure-/__Host- names. The language
 * cookie, the one allowed, must not carry a session past the cache, nor take a value that is not a language.
 */
export const COOKIE_ATTACKS = [
  "NEXT_LOCALE=fr; next-auth.session-token=x",
  "next-auth.session-token.0=chunk0; NEXT_LOCALE=fr",
  "NEXT_LOCALE=xx",
  "NEXT_LOCALE=",
  "NEXT_LOCALE=fr; NEXT_LOCALE=next-auth.session-token",
  "next-auth.session-token.0=chunk0",
  "next-auth.session-token.1=chunk1",
  "__Secure-next-auth.session-token=x",
  "__Secure-next-auth.session-token.0=x",
  "__Host-next-auth.csrf-token=x",
  "next-auth.session-token=x",
  "",
  "=",
  "a",
  "visit=1",
];

/** What a plain visitor may send: every browser's Accept-Encoding, and none. */
export const PLAIN_ENCODINGS: (string | undefined)[] = [
  undefined,
  "gzip, deflate, br, zstd",
  "gzip",
  "identity",
  "deflate",
  "br;q=1, gzip;q=0.5",
];
