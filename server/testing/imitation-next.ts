import type { IncomingMessage, ServerResponse } from "node:http";
import { deflateSync, gzipSync } from "node:zlib";
import { PUBLIC_ROUTES } from "../public-routes";

// For the page cache's unit tests: a stand-in for Next's request handler that answers the way Next was seen
// to answer the requests of an attacker (issue 10). The e2e suite (e2e/page-cache-poisoning.spec.ts)
// replays the same against Next itself.

/** One sample URL per public route (the API's list also as CSV). */
export const SAMPLE_URLS = [
  ...PUBLIC_ROUTES.map((route) =>
    route.path === "/api/v1/compare"
      ? "/api/v1/compare?from=2018-09-28&to=2019-07-15" // it needs two days or two revisions
      : route.path.replace("[code]", "kaz").replace("[n]", "7").replace("[region]", "asia"),
  ),
  "/api/v1/signatories?format=csv",
  "/signatories?q=Tun&sort=date",
];

const MEDIA_BY_PATH: [RegExp, string][] = [
  [/^\/api\/v1\/signatories\?.*format=csv/, "text/csv; charset=utf-8"],
  [/^\/api\//, "application/json; charset=utf-8"],
  [/^\/map\.svg/, "image/svg+xml; charset=utf-8"],
  [/\/feed\.xml$/, "application/atom+xml; charset=utf-8"],
  [/^\/api\/v1\/datapackage\.zip/, "application/zip"],
  [/^/, "text/html; charset=utf-8"],
];

/** The page an anonymous visitor must get for a URL at a revision. */
export const realPage = (url: string, revision: number) => `<real ${url} at revision ${revision}>`.repeat(40);

/**
 * Next as it behaved: `x-middleware-prefetch` gets `200 {}`, `rsc` the React payload, a session cookie in
 * any of next-auth's forms the signed-in page (with the Editor link), Range a 206, and the body is
 * compressed with whichever of gzip or deflate the client lists (the `compression` package's choice).
 */
export function imitationNext(revision: () => number, rendered: string[]) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? "/";
    rendered.push(url);
    const headers = request.headers;
    let contentType = MEDIA_BY_PATH.find(([pattern]) => pattern.test(url))![1];
    let status = 200;
    let body = realPage(url, revision());
    if (headers["x-middleware-prefetch"]) [contentType, body] = ["application/json", "{}"];
    else if (headers.rsc || headers["next-router-prefetch"]) [contentType, body] = ["text/x-component", '0:{"rsc":"payload"}'];
    else if (/next-auth\.session-token/.test(String(headers.cookie ?? "")) || headers.authorization)
      body = `<signed-in ${url} with the Editor link>`;
    if (url.startsWith("/signatories/missing")) status = 404;
    response.statusCode = status;
    response.setHeader("content-type", contentType);
    response.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    response.setHeader("x-frame-options", "DENY");
    if (headers.cookie === "visit=1") response.setHeader("set-cookie", "visit=2");
    let bytes = Buffer.from(body);
    if (headers.range && status === 200) {
      response.statusCode = 206;
      response.setHeader("content-range", `bytes 0-9/${bytes.length}`);
      bytes = bytes.subarray(0, 10);
    }
    const accepted = String(headers["accept-encoding"] ?? "");
    if (/\bgzip\b(?!;q=0)/.test(accepted)) {
      response.setHeader("content-encoding", "gzip");
      bytes = gzipSync(bytes);
    } else if (/\bdeflate\b/.test(accepted)) {
      response.setHeader("content-encoding", "deflate");
      bytes = deflateSync(bytes);
    }
    // Streamed in two writes, as Next streams a page.
    response.write(bytes.subarray(0, 7));
    setImmediate(() => response.end(bytes.subarray(7)));
  };
}
