import type { IncomingMessage, ServerResponse } from "node:http";
import { entityTag, matchesIfNoneMatch } from "@/lib/http/entity-tags";
import { negotiateEncoding } from "./accept-encoding";
import { cacheableRequest, type CacheableRequest } from "./cacheable-request";
import { createPageStore, storedPage, type PageStore, type StoredPage } from "./page-store";
import { expectedMediaKind, PRECOMPRESSED_KINDS, type MediaKind } from "./public-routes";

// A whole-page cache in front of Next's request handler for anonymous visitors of the public routes. The
// rules (docs/page-cache.md): serve only what cacheable-request.ts lets through; store only a complete 200
// of the route's media type without Set-Cookie; serve an entry at the record revision it was rendered at;
// render each (URL, revision) once, while requests arriving meanwhile get the previous revision's copy if
// it went out of date less than a second ago (or wait for the render); negotiate br/gzip/identity.

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export type PageCacheOptions = {
  /** The record revision now: every published change raises it, and every entry of an older one is stale. */
  readRevision: () => number;
  maxBytes: number;
  ttlMs?: number;
  /** Longest a request waits for another's render of the same page before asking Next itself. */
  waitLimitMs?: number;
  /**
   * How long after a change is seen the previous revision's copy may still be served while the new one
   * renders. Changes are looked for every REVISION_POLL_MS even without requests, so with the default a
   * copy is never served more than a second after the change that replaced it.
   */
  staleLimitMs?: number;
};

const REVISION_POLL_MS = 100;

/** Public pages are the same for everyone: shared caches may keep them, and must ask again each time. */
export const PUBLIC_CACHE_CONTROL = "public, no-cache";

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

/** Sends a stored page in the encoding the client prefers among those kept; false when it accepts none. */
function sendStored(page: StoredPage, request: CacheableRequest, response: ServerResponse): boolean {
  const encoding = negotiateEncoding(request.acceptEncoding, page.encodings);
  if (!encoding) return false;
  if (request.ifNoneMatch !== undefined && matchesIfNoneMatch(request.ifNoneMatch, page.etag)) {
    response.writeHead(304, page.notModifiedHeaders);
    response.end();
    return true;
  }
  const variant = page.variants[encoding]!;
  response.writeHead(200, variant.headers);
  response.end(request.isHead ? undefined : variant.body);
  return true;
}

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
function renderAndStore(handle: Handler, request: IncomingMessage, response: ServerResponse, cacheable: CacheableRequest, revision: number, store: PageStore): Promise<StoredPage | null> {
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
    response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
      // writeHead(status[, message][, headers]): fold the headers in first, so that they can be checked.
      const headers = rest.find((argument) => typeof argument === "object" && argument !== null) as Record<string, string> | string[] | undefined;
      const message = rest.find((argument) => typeof argument === "string") as string | undefined;
      if (Array.isArray(headers)) for (let index = 0; index < headers.length; index += 2) response.appendHeader(headers[index], headers[index + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
      const contentEncoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
      kind = expectedMediaKind(cacheable.route, response.getHeader("content-type")?.toString());
      const qualifies =
        statusCode === 200 &&
        kind !== undefined &&
        !response.hasHeader("set-cookie") &&
        !response.hasHeader("content-range") &&
        contentEncoding === "identity";
      if (!qualifies) giveUp();
      else {
        etag = String(response.getHeader("etag") ?? entityTag(revision, new URL(cacheable.url, "http://localhost")));
        response.setHeader("etag", etag);
        response.setHeader("cache-control", PUBLIC_CACHE_CONTROL);
        storedHeaders = headersOf(response);
      }
      return message === undefined ? writeHead(statusCode) : writeHead(statusCode, message);
    }) as ServerResponse["writeHead"];

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
      storedPage({ revision, etag, headers: storedHeaders, body, compress: !PRECOMPRESSED_KINDS.has(kind!) }).then(
        (page) => {
          store.set(cacheable.key, page);
          resolve(page);
        },
        () => resolve(null),
      );
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

/**
 * Wraps Next's request handler with the page cache. `handle` receives every request the cache does not
 * answer itself.
 */
export function withPageCache(handle: Handler, options: PageCacheOptions): Handler {
  const store = createPageStore(options.maxBytes, options.ttlMs);
  const waitLimitMs = options.waitLimitMs ?? 10_000;
  const staleLimitMs = options.staleLimitMs ?? 1_000 - REVISION_POLL_MS;
  /** The revision now, the one before it, and when this process first saw the change between them. */
  const record = { revision: Number.NaN, previous: Number.NaN, changedAt: 0 };
  const observeRevision = () => {
    const revision = options.readRevision();
    if (revision !== record.revision) Object.assign(record, { previous: record.revision, revision, changedAt: performance.now() });
    return revision;
  };
  const revisionNow = oncePerEventLoopTurn(observeRevision);
  // Also between requests, so that a change is dated when it happened, not when a page was next asked for.
  setInterval(observeRevision, REVISION_POLL_MS).unref();
  /** Whether a stored page is the copy the last change replaced, less than staleLimitMs ago. */
  const isRecentlyReplaced = (page: StoredPage) => page.revision === record.previous && performance.now() - record.changedAt <= staleLimitMs;
  /** Renders in progress, by revision and key: the single flight. */
  const rendering = new Map<string, Promise<StoredPage | null>>();

  return (request, response) => {
    const cacheable = cacheableRequest(request.method, request.url, request.rawHeaders);
    if (!cacheable) return handle(request, response);
    const revision = revisionNow();
    const stored = store.get(cacheable.key);
    if (stored && stored.revision === revision) {
      if (!sendStored(stored, cacheable, response)) return handle(request, response);
      return;
    }

    const flightKey = `${revision} ${cacheable.key}`;
    const flight = rendering.get(flightKey);
    if (flight) {
      // Another request is rendering this page at this revision. Rather than render it again, answer with
      // the copy the change replaced if that was under a second ago — as if this request had come a moment
      // earlier — or else wait for the render.
      if (stored && isRecentlyReplaced(stored) && sendStored(stored, cacheable, response)) return;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<null>((resolve) => (timer = setTimeout(resolve, waitLimitMs, null)));
      void Promise.race([flight, limit]).then((page) => {
        clearTimeout(timer);
        if (!page || !sendStored(page, cacheable, response)) handle(request, response);
      });
      return;
    }
    // A HEAD has no body to keep, and a client refusing identity cannot be sent Next's identity copy.
    if (cacheable.isHead || negotiateEncoding(cacheable.acceptEncoding, ["identity"]) === null) return handle(request, response);

    const render = renderAndStore(handle, request, response, cacheable, revision, store);
    rendering.set(flightKey, render);
    void render.finally(() => rendering.delete(flightKey));
  };
}
