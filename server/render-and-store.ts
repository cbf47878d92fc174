import type { IncomingMessage, ServerResponse } from "node:http";
import { entityTag } from "@/lib/http/entity-tags";
import { variesOnUnkeyedHeader, type CacheableRequest } from "./cacheable-request";
import { storedPage, type PageStore, type StoredPage } from "./page-store";
import { expectedMediaKind, PRECOMPRESSED_KINDS, type MediaKind } from "./public-routes";

// A page cache miss: Next renders the page for the request that asked, streamed to it as usual, and a copy
// is kept if the response qualifies (docs/page-cache.md, rule 2).

export type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Public pages are the same for everyone: shared caches may keep them, and must ask again each time. */
export const PUBLIC_CACHE_CONTROL = "public, no-cache";

function headersOf(response: ServerResponse): [string, string][] {
  return Object.entries(response.getHeaders()).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : Array.isArray(value) ? value.map((item) => [name, item]) : [[name, String(value)]],
  );
}

/**
 * Lets Next answer this request as usual while keeping a copy: Next is asked for the identity encoding
 * (the variants are compressed from it, see page-store.ts), and a response that qualifies gets the public
 * cache headers before its head is sent. Resolves with the stored page, or null when it did not qualify.
 */
export function renderAndStore(
  handle: Handler,
  request: IncomingMessage,
  response: ServerResponse,
  cacheable: CacheableRequest,
  revision: number,
  store: PageStore,
): Promise<StoredPage | null> {
  return new Promise((resolve) => {
    let chunks: Buffer[] | null = [];
    let storedHeaders: [string, string][] = [];
    let etag = "";
    let kind: MediaKind | undefined;
    const giveUp = () => {
      chunks = null;
      resolve(null);
    };

    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = (statusCode: number, ...rest: unknown[]) => {
      // writeHead(status[, message][, headers]): fold the headers in first, so that they can be checked.
      const headers = rest.find((argument) => typeof argument === "object" && argument !== null) as
        Record<string, string> | string[] | undefined;
      const message = rest.find((argument): argument is string => typeof argument === "string");
      if (Array.isArray(headers))
        for (let index = 0; index + 1 < headers.length; index += 2) response.appendHeader(headers[index]!, headers[index + 1]!);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
      const contentEncoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
      kind = expectedMediaKind(cacheable.route, response.getHeader("content-type")?.toString());
      const qualifies =
        statusCode === 200 &&
        kind !== undefined &&
        !response.hasHeader("set-cookie") &&
        !response.hasHeader("content-range") &&
        !variesOnUnkeyedHeader(response.getHeader("vary")?.toString()) &&
        contentEncoding === "identity";
      if (!qualifies) giveUp();
      else {
        etag = String(response.getHeader("etag") ?? entityTag(revision, new URL(cacheable.url, "http://localhost")));
        response.setHeader("etag", etag);
        // A response pinned to a past revision (?revision=N) says it never changes: keep that.
        if (!/\bimmutable\b/.test(String(response.getHeader("cache-control") ?? "")))
          response.setHeader("cache-control", PUBLIC_CACHE_CONTROL);
        storedHeaders = headersOf(response);
      }
      return message === undefined ? writeHead(statusCode) : writeHead(statusCode, message);
    };

    const keep = (chunk: unknown, encoding?: unknown) => {
      if (!chunks) return;
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
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

    response.once("finish", () => {
      const body = chunks ? Buffer.concat(chunks) : null;
      const declaredLength = response.getHeader("content-length");
      if (!body || (declaredLength !== undefined && Number(declaredLength) !== body.byteLength)) return giveUp();
      chunks = null;
      const page = storedPage({ revision, etag, headers: storedHeaders, body, compress: !PRECOMPRESSED_KINDS.has(kind!) });
      store.set(cacheable.key, page);
      resolve(page);
    });
    // The client went away before the whole page was sent: what was kept is not the page.
    response.once("close", () => {
      if (!response.writableFinished) giveUp();
    });

    // Next is asked for the identity encoding: the variants are compressed from one copy.
    request.headers["accept-encoding"] = "identity";
    response.setHeader("x-page-cache", "miss");
    try {
      Promise.resolve(handle(request, response)).catch((error: unknown) => {
        console.error("Rendering failed", cacheable.key, error);
        giveUp();
      });
    } catch (error) {
      giveUp();
      throw error;
    }
  });
}
