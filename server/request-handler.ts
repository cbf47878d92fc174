import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { securityHeaders } from "@/lib/http/security-headers";
import { withPageCache, type PageCacheOptions } from "./page-cache";

// The production server's request handling, in front of Next's: unknown methods refused, the client's
// address handed to Next in a header it can trust, sign-in floods refused before Next, and the page cache
// (page-cache.ts).

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** The methods the site answers: pages and route handlers (GET, HEAD), Server Actions and sign-in (POST), CORS preflight (OPTIONS). */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;
const ALLOW = ALLOWED_METHODS.join(", ");

const METHOD_NOT_ALLOWED_HEADERS = [
  ...securityHeaders("deny").flatMap(({ key, value }) => [key, value]),
  "allow",
  ALLOW,
  "content-type",
  "text/plain; charset=utf-8",
  "cache-control",
  "no-store",
];

function refuseMethod(response: ServerResponse): void {
  // TRACE, PUT, DELETE, CONNECT, made-up methods: Next answered some with a page, TRACE with a 500.
  response.writeHead(405, METHOD_NOT_ALLOWED_HEADERS);
  response.end(`Method not allowed: use ${ALLOW}.\n`);
}

/**
 * The TCP peer's address, for Next (sign-in throttling, lib/auth/) under CLIENT_ADDRESS_HEADER: whatever a
 * client sent under that name is replaced, so Next can trust it. Behind a reverse proxy it is the proxy's
 * address; lib/http/client-address.ts applies TRUST_PROXY to X-Forwarded-For.
 */
function setClientAddress(request: IncomingMessage): void {
  const address = request.socket.remoteAddress ?? "";
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  const raw = request.rawHeaders;
  const kept: string[] = [];
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index] ?? "";
    if (name.toLowerCase() !== CLIENT_ADDRESS_HEADER) kept.push(name, raw[index + 1] ?? "");
  }
  request.rawHeaders = [...kept, CLIENT_ADDRESS_HEADER, address];
}

/** Answers a sign-in over the allowance itself (true), or leaves the request to Next (false): lib/auth/sign-in-flood-gate.ts. */
export type SignInFloodGate = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/**
 * The whole handler: `next` is Next's request handler; the page cache is left out when `pageCache` is
 * null (a libSQL server, whose revision cannot be read synchronously, or a budget of 0 bytes).
 */
export function createRequestHandler(next: Handler, pageCache: PageCacheOptions | null, signInFloodGate?: SignInFloodGate): Handler {
  const toNext: Handler = (request, response) => {
    setClientAddress(request);
    return next(request, response);
  };
  const handle = pageCache && pageCache.maxBytes > 0 ? withPageCache(toNext, pageCache) : toNext;
  return (request, response) => {
    if (!(ALLOWED_METHODS as readonly string[]).includes(request.method ?? "")) return refuseMethod(response);
    if (signInFloodGate && request.method === "POST") {
      setClientAddress(request);
      void signInFloodGate(request, response).then((refused) => (refused ? undefined : handle(request, response)));
      return;
    }
    return handle(request, response);
  };
}
