import type { IncomingMessage, ServerResponse } from "node:http";
import { matchesIfNoneMatch } from "@/lib/http/entity-tags";
import { cacheableHeaders, isCacheableRequest, PageCache } from "./page-cache";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

function headerReader(request: IncomingMessage) {
  const value = (name: string) => {
    const raw = request.headers[name];
    return raw === undefined ? null : Array.isArray(raw) ? raw.join(", ") : raw;
  };
  return { has: (name: string) => request.headers[name] !== undefined, get: value };
}

function headersOf(response: ServerResponse): [string, string][] {
  return Object.entries(response.getHeaders()).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v) => [name, v]) : [[name, String(value)]],
  );
}

/**
 * Wraps Next's request handler: an anonymous GET of a public page is answered from the cache while the
 * record revision it was rendered at is current; otherwise Next renders it, and a 200 without cookies is
 * kept, byte for byte as sent (per compression variant), for the next visitor.
 */
export function withPageCache(handle: Handler, readRevision: () => number, cache = new PageCache()): Handler {
  return (request, response) => {
    const url = request.url ?? "/";
    const pathname = url.split("?")[0];
    if (!isCacheableRequest(request.method ?? "GET", pathname, headerReader(request))) return handle(request, response);

    const encoding = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    const key = `${encoding} ${url}`;
    const revision = readRevision();
    const hit = cache.get(key, revision);
    if (hit) {
      // The open API's clients revalidate with If-None-Match: answer them as the API itself would.
      const etag = hit.headers.find(([name]) => name.toLowerCase() === "etag")?.[1];
      if (etag && matchesIfNoneMatch(headerReader(request).get("if-none-match"), etag)) {
        response.writeHead(304, [...hit.headers.filter(([name]) => !/^content-/i.test(name)), ["x-page-cache", "hit"]].flat());
        response.end();
        return;
      }
      response.writeHead(hit.status, [...hit.headers, ["content-length", String(hit.body.byteLength)], ["x-page-cache", "hit"]].flat());
      response.end(Buffer.from(hit.body));
      return;
    }

    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encodingArgument?: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encodingArgument === "string" ? (encodingArgument as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "function") keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as ServerResponse["end"];
    response.setHeader("x-page-cache", "miss");
    response.on("finish", () => {
      if (response.statusCode !== 200 || response.hasHeader("set-cookie")) return;
      const body = Buffer.concat(chunks);
      const headers = cacheableHeaders(headersOf(response)).filter(([name]) => name !== "x-page-cache");
      cache.set(key, { revision, storedAt: Date.now(), status: 200, headers, body: body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer });
    });
    return handle(request, response);
  };
}
