import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

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

// The editor (sign-in redirect) and any path with a %-escape. (The public pages' cache is in front of Next, in server/.)
export const config = { matcher: ["/editor", "/editor/:path*", "/(.*%.*)"] };
