// The public routes: the one list the page cache (server/) may serve from, and the sitemap's pages
// (app/sitemap.ts). Deny by default: a path that matches no entry here always reaches Next, and a response
// is kept only when it is a 200 of one of the media types its entry names. Adding a public route is one line.

import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

/** What a route may answer with, by the media type of its Content-Type (parameters aside). */
export const MEDIA_TYPES = {
  html: "text/html",
  json: "application/json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  svg: "image/svg+xml",
  atom: "application/atom+xml",
  xml: "application/xml",
  zip: "application/zip",
} as const;
export type MediaKind = keyof typeof MEDIA_TYPES;

/** Formats that are already compressed: stored and sent as they are, whatever the client accepts. */
export const PRECOMPRESSED_KINDS: ReadonlySet<MediaKind> = new Set(["xlsx", "pdf", "zip"]);

type ChangeFrequency = "always" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "never";

export type PublicRoute = {
  /** Literal segments, and `[name]` for exactly one non-empty segment. */
  readonly path: `/${string}`;
  readonly answers: readonly MediaKind[];
  /** Listed in /sitemap.xml: a page, which exists in every language (/fr/…, /ar/…; English unprefixed). */
  readonly sitemap?: { readonly changeFrequency: ChangeFrequency; readonly priority: number };
};

export const PUBLIC_ROUTES = [
  { path: "/", answers: ["html"], sitemap: { changeFrequency: "weekly", priority: 1 } },
  { path: "/signatories", answers: ["html"], sitemap: { changeFrequency: "weekly", priority: 0.9 } },
  { path: "/signatories/[code]", answers: ["html"], sitemap: { changeFrequency: "monthly", priority: 0.6 } },
  { path: "/non-signatories", answers: ["html"], sitemap: { changeFrequency: "weekly", priority: 0.8 } },
  { path: "/code", answers: ["html"], sitemap: { changeFrequency: "yearly", priority: 0.8 } },
  { path: "/code/commitments/[n]", answers: ["html"], sitemap: { changeFrequency: "yearly", priority: 0.5 } },
  { path: "/compare", answers: ["html"], sitemap: { changeFrequency: "weekly", priority: 0.5 } },
  { path: "/embed/count", answers: ["html"] },
  { path: "/embed/map", answers: ["html"] },
  { path: "/map.svg", answers: ["svg"] },
  { path: "/feed.xml", answers: ["atom"] },
  { path: "/signatories/[code]/feed.xml", answers: ["atom"] },
  { path: "/regions/[region]/feed.xml", answers: ["atom"] },
  { path: "/api/v1/signatories", answers: ["json", "csv", "xlsx", "pdf"] },
  { path: "/api/v1/participants", answers: ["json"] },
  { path: "/api/v1/participants/[code]", answers: ["json"] },
  { path: "/api/v1/commitments", answers: ["json"] },
  { path: "/api/v1/changes", answers: ["json"] },
  { path: "/api/v1/ledger", answers: ["json"] },
  { path: "/api/v1/compare", answers: ["json"] },
  { path: "/api/v1/datapackage.zip", answers: ["zip"] },
] as const satisfies readonly PublicRoute[];

export type PublicRoutePath = (typeof PUBLIC_ROUTES)[number]["path"];

/**
 * Path prefixes of the site's languages other than the default (English has none). A prefixed path is the
 * same page in another language, and the whole path — prefix included — is the cache key, so each
 * language is kept apart. Only pages (routes in the sitemap) have them: the API, exports, feeds, embeds and
 * the map keep one address.
 */
export const LOCALE_PREFIXES: readonly string[] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

const compiled = PUBLIC_ROUTES.map((route) => ({
  route: route,
  isPage: "sitemap" in route,
  pattern: new RegExp(`^${route.path === "/" ? "/" : route.path.replace(/\[[^\]]+\]/g, "[^/]+").replace(/\./g, "\\.")}$`),
}));

/** The public route a request path belongs to (a language prefix aside, for pages), or undefined. */
export function matchPublicRoute(pathname: string): PublicRoute | undefined {
  const unprefixed = withoutLocalePrefix(pathname);
  if (unprefixed !== undefined) return compiled.find(({ isPage, pattern }) => isPage && pattern.test(unprefixed))?.route;
  return compiled.find(({ pattern }) => pattern.test(pathname))?.route;
}

/** The path without its language prefix, or undefined when it has none. */
function withoutLocalePrefix(pathname: string): string | undefined {
  for (const locale of LOCALE_PREFIXES) {
    if (pathname === `/${locale}`) return "/";
    // "/fr/" is not the French home page (Next redirects it to /fr): "" matches no route.
    if (pathname.startsWith(`/${locale}/`)) return pathname === `/${locale}/` ? "" : pathname.slice(locale.length + 1);
  }
  return undefined;
}

/** Which of the route's expected formats a response's Content-Type is, or undefined when it is none of them. */
export function expectedMediaKind(route: PublicRoute, contentType: string | undefined): MediaKind | undefined {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return route.answers.find((kind) => MEDIA_TYPES[kind] === mediaType);
}
