import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/** True when every `%` in the path starts a valid UTF-8 escape, i.e. the path decodes. */
function hasValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  // Next answers a malformed escape in a dynamic segment (/api/auth/%E0%A4%A, /editor/signatures/%ZZ) with
  // a bare 500 while decoding the route's params, before any of our code runs: refuse it here as the bad
  // request it is. Only paths containing "%" reach this check (see the matcher).
  if (!hasValidPercentEncoding(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address contains an invalid %-escape.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (!/^\/editor(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next();

  // Sends signed-out visitors of /editor to the sign-in page and back afterwards. A convenience only: every
  // editor page and every mutation checks the session again on the server (lib/auth/session.ts).
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// The editor, plus any path with a %-escape (public pages without one never run the proxy).
export const config = { matcher: ["/editor", "/editor/:path*", "/(.*%.*)"] };
