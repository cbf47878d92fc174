import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Sends signed-out visitors of /editor to the sign-in page and back afterwards. A convenience only: every
// editor page and every mutation checks the session again on the server (lib/auth/session.ts).
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/editor", "/editor/:path*"] };
