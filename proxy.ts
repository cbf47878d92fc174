import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { localizedPath, splitLocalePrefix } from "@/lib/i18n/localized-path";

// next-intl's routing for pages: an unprefixed path is rewritten to its English page (/signatories →
// app/[locale]/…/signatories with locale "en"), /en/… redirects to the unprefixed address, /fr/… is French.
// It never redirects by Accept-Language or cookie and sets no cookie (i18n/routing.ts).
const routeLanguage = createIntlMiddleware(routing);

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next answers a malformed escape in a dynamic segment (/api/auth/%E0%A4%A, /editor/signatures/%ZZ) with
  // a bare 500 while decoding the route's params, before any of our code runs: refuse it here as the bad
  // request it is.
  if (pathname.includes("%") && !hasValidPercentEncoding(pathname)) {
    return badRequest("the address contains an invalid %-escape");
  }
  const { locale, path } = splitLocalePrefix(pathname);
  if (!isPagePath(path)) return NextResponse.next();
  // No page address holds a control character; next-intl decodes the path before it rewrites it, and
  // "/signatories/%00" came out as the list of signatories (200) instead of a 404.
  if (/%(?:[01][0-9a-f]|7f)/i.test(pathname)) {
    return badRequest("the address contains a control character");
  }
  if (path === "/editor" || path.startsWith("/editor/")) {
    const signIn = await signInRedirect(request, localizedPath("/login", locale));
    if (signIn) return signIn;
  }
  return routeLanguage(request);
}

/**
 * Whether a path (its language prefix removed) is a page, which exists in every language. The open API, the
 * exports, feeds, evidence documents, embeds, the map, the sitemap and the like are not: they keep their one
 * address (the exports and the API take `lang=` instead).
 */
export function isPagePath(path: string): boolean {
  if (path === "/editor" || path.startsWith("/editor/")) return true; // its template.csv included
  if (/^\/(api|embed|evidence|_next)\//.test(path)) return false;
  const lastSegment = path.slice(path.lastIndexOf("/") + 1);
  return !lastSegment.includes(".");
}

function badRequest(reason: string): NextResponse {
  return new NextResponse(`Bad request: ${reason}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
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

// Sends signed-out visitors of the editor to the sign-in page (in the same language) and back afterwards. A
// convenience only: every editor page and every mutation checks the session again on the server
// (lib/auth/session.ts).
async function signInRedirect(request: NextRequest, loginPath: string): Promise<NextResponse | null> {
  const token = await getToken({ req: request });
  if (token) return null;
  const login = new URL(loginPath, request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// Every path but Next's own assets and the open API (which only need the %-escape check, the last entry).
// (The public pages' cache is in front of Next, in server/.)
export const config = { matcher: ["/((?!_next/|api/v1/|api/auth/).*)", "/(.*%.*)"] };
