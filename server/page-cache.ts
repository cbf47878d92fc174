import type { ServerResponse } from "node:http";
import { matchesIfNoneMatch } from "@/lib/http/entity-tags";
import { negotiateEncoding } from "./accept-encoding";
import { cacheableRequest, type CacheableRequest } from "./cacheable-request";
import { createPageStore, type StoredPage } from "./page-store";
import { renderAndStore, type Handler } from "./render-and-store";

// A whole-page cache in front of Next's request handler for anonymous visitors of the public routes. The
// rules (docs/page-cache.md): serve only what cacheable-request.ts lets through; store only a complete 200
// of the route's media type without Set-Cookie; serve an entry at the record revision it was rendered at;
// render each (URL, revision) once, while requests arriving meanwhile get the previous revision's copy if
// it went out of date less than a second ago (or wait for the render); negotiate br/gzip/identity.

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
  // A failed read here is left to the next request to report.
  setInterval(() => {
    try {
      observeRevision();
    } catch {}
  }, REVISION_POLL_MS).unref();
  /** Whether a stored page is the copy the last change replaced, less than staleLimitMs ago. */
  const isRecentlyReplaced = (page: StoredPage) =>
    page.revision === record.previous && performance.now() - record.changedAt <= staleLimitMs;
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
