import type { IncomingMessage, ServerResponse } from "node:http";
import { matchesIfNoneMatch } from "@/lib/http/entity-tags";
import { cachedPage, isCacheableRequest, PageCache } from "./page-cache";

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
 * Requests that arrive together — handled in one turn of the event loop — share one read of the revision.
 * None of them can have been sent after an edit that commits during that turn was answered, so none is
 * owed that edit; a request in any later turn reads again.
 */
export function oncePerEventLoopTurn(read: () => number): () => number {
  let value: number | undefined;
  return () => {
    if (value === undefined) {
      value = read();
      setImmediate(() => (value = undefined));
    }
    return value;
  };
}

/**
 * Wraps Next's request handler: an anonymous GET of a public page is answered from the cache while the
 * record revision it was rendered at is current; otherwise Next renders it, and a 200 without cookies is
 * kept, byte for byte as sent (per compression variant), for the next visitor.
 */
export function withPageCache(handle: Handler, readRevision: () => number, cache = new PageCache()): Handler {
  const revisionNow = oncePerEventLoopTurn(readRevision);
  return (request, response) => {
    const url = request.url ?? "/";
    const [pathname = url] = url.split("?");
    if (!isCacheableRequest(request.method ?? "GET", pathname, headerReader(request))) return handle(request, response);

    const encoding = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    const key = `${encoding} ${url}`;
    const revision = revisionNow();
    const hit = cache.get(key, revision);
    if (hit) {
      // The open API's clients revalidate with If-None-Match: answer them as the API itself would.
      if (hit.etag && matchesIfNoneMatch(headerReader(request).get("if-none-match"), hit.etag)) {
        response.writeHead(304, hit.notModifiedHeaders);
        response.end();
        return;
      }
      response.writeHead(hit.status, hit.rawHeaders);
      response.end(hit.body);
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
      cache.set(key, cachedPage(revision, 200, headersOf(response), Buffer.concat(chunks)));
    });
    return handle(request, response);
  };
}
