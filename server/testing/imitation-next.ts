import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { PUBLIC_ROUTES } from "../public-routes";

// For the page cache's unit tests: a stand-in for Next's request handler that answers the way Next was seen
// to answer the requests of an attacker (issue 10), and a plain HTTP client that shows exactly what was
// sent on the wire. The e2e suite (e2e/page-cache-poisoning.spec.ts) replays the same against Next itself.

/** One sample URL per public route (the API's list also as CSV). */
export const SAMPLE_URLS = [
  ...PUBLIC_ROUTES.map((route) => route.path.replace("[code]", "kaz").replace("[n]", "7")),
  "/api/v1/signatories?format=csv",
  "/signatories?q=Tun&sort=date",
];

const MEDIA_BY_PATH: [RegExp, string][] = [
  [/^\/api\/v1\/signatories\?.*format=csv/, "text/csv; charset=utf-8"],
  [/^\/api\//, "application/json; charset=utf-8"],
  [/^\/map\.svg/, "image/svg+xml; charset=utf-8"],
  [/^\/feed\.xml/, "application/atom+xml; charset=utf-8"],
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
    else if (/next-auth\.session-token/.test(String(headers.cookie ?? "")) || headers.authorization) body = `<signed-in ${url} with the Editor link>`;
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

export type Sent = { status: number; headers: IncomingMessage["headers"]; body: Buffer; text: string };

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (!encoding || encoding === "identity") return body;
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  throw new Error(`Unknown content-encoding ${encoding}`);
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding); the body decoded. */
export function send(origin: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const text = method === "HEAD" || response.statusCode === 304 ? "" : decode(response.headers["content-encoding"], body).toString("utf8");
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text });
      });
    });
    request.on("error", reject);
    request.end();
  });
}
