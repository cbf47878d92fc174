import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cacheableHeaders, FILL_HEADER, isCacheableRequest, PageCache } from "@/lib/page-cache/page-cache";
import { readRecordRevision } from "@/lib/record/record-revision";

const pageCache = new PageCache();
/** Where the proxy asks the app itself for a page to cache. */
const INTERNAL_ORIGIN = `http://127.0.0.1:${env.PORT}`;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next answers a malformed escape in a dynamic segment (/api/auth/%E0%A4%A, /editor/signatures/%ZZ) with
  // a bare 500 while decoding the route's params, before any of our code runs: refuse it here as the bad
  // request it is.
  if (pathname.includes("%") && !hasValidPercentEncoding(pathname)) {
    return new NextResponse("Bad request: the address contains an invalid %-escape.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (pathname === "/editor" || pathname.startsWith("/editor/")) return sendSignedOutToLogin(request);
  if (isCacheableRequest(request.method, pathname, request.headers)) return servePublicPage(request);
  return NextResponse.next();
}

/** True when every `%` in the path starts a valid UTF-8 escape, i.e. the path decodes. */
function hasValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Sends signed-out visitors of /editor to the sign-in page and back afterwards. A convenience only: every
// editor page and every mutation checks the session again on the server (lib/auth/session.ts).
async function sendSignedOutToLogin(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

/** Serves an anonymous visitor's page from lib/page-cache, rendering it once per record revision. */
async function servePublicPage(request: NextRequest) {
  const key = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const revision = await readRecordRevision(db, env.DATABASE_URL);
  const hit = pageCache.get(key, revision);
  if (hit) return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ["x-page-cache", "hit"]] });

  const upstream = await fetch(new URL(key, INTERNAL_ORIGIN), {
    headers: { accept: request.headers.get("accept") ?? "text/html", [FILL_HEADER]: "1" },
    redirect: "manual",
  });
  const body = await upstream.arrayBuffer();
  const headers = cacheableHeaders(upstream.headers);
  if (upstream.status === 200 && !upstream.headers.has("set-cookie")) {
    pageCache.set(key, { revision, storedAt: Date.now(), status: upstream.status, headers, body });
  }
  // Next only accepts absolute redirect targets from the proxy (e.g. /signatories/KAZ → /signatories/kaz).
  const location = upstream.headers.get("location");
  const passed = location ? headers.map(([name, value]): [string, string] => (name === "location" ? [name, publicLocation(location, request)] : [name, value])) : headers;
  return new Response(body, { status: upstream.status, headers: [...passed, ["x-page-cache", "miss"]] });
}

/** A redirect target from the app, on the visitor's origin rather than the internal one. */
function publicLocation(location: string, request: NextRequest): string {
  const target = new URL(location, INTERNAL_ORIGIN);
  return target.origin === INTERNAL_ORIGIN ? new URL(`${target.pathname}${target.search}`, request.url).toString() : target.toString();
}

// The public pages (page cache), the editor (sign-in redirect), and any path with a %-escape.
export const config = {
  matcher: ["/", "/editor", "/editor/:path*", "/signatories", "/signatories/:path*", "/non-signatories", "/code", "/code/:path*", "/(.*%.*)"],
};
