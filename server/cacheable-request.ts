import { isLocale } from "@/lib/i18n/locales";
import { LANGUAGE_COOKIE } from "@/lib/i18n/language-cookie";
import { matchPublicRoute, type PublicRoute } from "./public-routes";

// Which requests the page cache may answer: deny by default. Only a plain anonymous GET or HEAD of a listed
// public route qualifies, carrying no header but those below. Anything else — a cookie of any name, an
// Authorization, Next's internal headers (rsc, next-router-*, next-action, x-middleware-*, x-nextjs-data,
// x-matched-path…), prefetch purposes, Range, a body — goes to Next untouched and is never stored.

/**
 * Request headers that may be present on a cached request. None of them changes what the public routes
 * answer (e2e/page-cache-poisoning.spec.ts checks the bodies), except Accept-Encoding, which picks the
 * stored variant, and If-None-Match, answered by the cache. A header added here must not change the
 * response, or must become part of the cache key.
 */
const ALLOWED_REQUEST_HEADERS: ReadonlySet<string> = new Set([
  // HTTP itself
  "host",
  "connection",
  "keep-alive",
  "te",
  "accept",
  "accept-encoding",
  // Never negotiated for pages: they take their language from the path prefix (i18n/routing.ts, localeDetection: false). The open API writes its error messages in the
  // Accept-Language's (lib/i18n/negotiate-locale.ts), but errors are never stored, and an export's language
  // is its `lang` query parameter, part of the key. A response that still varies on it is not stored
  // (variesOnUnkeyedHeader below).
  "accept-language",
  "cache-control",
  "pragma",
  "if-none-match",
  "if-modified-since",
  "user-agent", // metadata is rendered into <head> for every agent (htmlLimitedBots in next.config.ts)
  "referer",
  "dnt",
  "priority",
  "upgrade-insecure-requests",
  // what browsers add to a navigation
  "sec-fetch-dest",
  "sec-fetch-mode",
  "sec-fetch-site",
  "sec-fetch-user",
  "sec-ch-ua",
  "sec-ch-ua-mobile",
  "sec-ch-ua-platform",
  // what a reverse proxy or CDN in front adds (pages use NEXTAUTH_URL for their links, never the Host)
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
  "via",
  "x-request-id",
  "cdn-loop",
]);

/**
 * Whether a response's Vary names a request header that may reach the cache but is not part of its key
 * (Accept-Language, User-Agent…), or `*`: such a response differs between two requests the cache would
 * treat as one, so it must not be stored. Accept-Encoding picks a stored variant; Next's own RSC and
 * router headers never reach the cache (any of them sends the request to Next).
 */
export function variesOnUnkeyedHeader(vary: string | undefined): boolean {
  if (!vary) return false;
  return vary.split(",").some((name) => {
    const header = name.trim().toLowerCase();
    return header === "*" || (ALLOWED_REQUEST_HEADERS.has(header) && header !== "accept-encoding");
  });
}

/** Not on the list above, like any other header: benchmarks send it to time rendering past the cache. */
export const FILL_HEADER = "x-page-cache-fill";

/**
 * Cookies that may be present on a cached request, each with the values it may take; each one's value joins
 * the cache key. Any other cookie sends the request to Next (next-auth accepts its session in chunks, `.0`,
 * `.1`…, and under `__Secure-`/`__Host-` names, so no list of "session cookies" can be trusted). The
 * language choice is harmless: pages never read it on the server (the path alone names the language), and
 * a value that is not a language bypasses the cache.
 */
const ALLOWED_COOKIES: ReadonlyMap<string, (value: string) => boolean> = new Map([[LANGUAGE_COOKIE, isLocale]]);

export type CacheableRequest = {
  route: PublicRoute;
  /** The request target as sent: path and query. */
  url: string;
  /** The request target as sent (path and query), plus any allowed cookie: one entry per key. */
  key: string;
  isHead: boolean;
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
};

/** The cache key's cookie part, or null when a cookie is not one of ALLOWED_COOKIES (or is malformed). */
function allowedCookies(header: string): string | null {
  const pairs: string[] = [];
  for (const piece of header.split(";")) {
    const separator = piece.indexOf("=");
    const name = piece.slice(0, separator).trim();
    const value = piece.slice(separator + 1).trim();
    if (separator <= 0 || !ALLOWED_COOKIES.get(name)?.(value)) return null;
    pairs.push(`${name}=${value}`);
  }
  return pairs.sort().join("; ");
}

/** The request as the cache sees it, or null when it must reach Next. Reads raw headers: no parsing on a hit. */
export function cacheableRequest(
  method: string | undefined,
  url: string | undefined,
  rawHeaders: readonly string[],
): CacheableRequest | null {
  if ((method !== "GET" && method !== "HEAD") || !url || url[0] !== "/") return null;
  const query = url.indexOf("?");
  const route = matchPublicRoute(query === -1 ? url : url.slice(0, query));
  if (!route) return null;

  let acceptEncoding: string | undefined;
  let ifNoneMatch: string | undefined;
  let cookies = "";
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? "").toLowerCase();
    const value = rawHeaders[index + 1] ?? "";
    if (name === "accept-encoding") acceptEncoding = acceptEncoding === undefined ? value : `${acceptEncoding}, ${value}`;
    else if (name === "if-none-match") ifNoneMatch = ifNoneMatch === undefined ? value : `${ifNoneMatch}, ${value}`;
    else if (name === "cookie") {
      const allowed = allowedCookies(value);
      if (allowed === null) return null;
      cookies += `\n${allowed}`;
    } else if (!ALLOWED_REQUEST_HEADERS.has(name)) return null;
  }
  return { route, url, key: url + cookies, isHead: method === "HEAD", acceptEncoding, ifNoneMatch };
}
