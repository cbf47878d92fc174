// GET /sitemap.xml — the public pages of server/public-routes.ts, one entry per participant and per commitment,
// each with its <lastmod> (lib/seo/list-page-updates.ts), in each of the six languages, every entry naming
// the page's address in all six (hreflang alternates; x-default is the English page).
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { localizedPath, pathInEveryLocale } from "@/lib/i18n/localized-path";
import { LOCALES } from "@/lib/i18n/locales";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { listPageUpdates } from "@/lib/seo/list-page-updates";
import { PUBLIC_ROUTES, type PublicRoutePath } from "@/server/public-routes";

type DynamicPath = Extract<Extract<(typeof PUBLIC_ROUTES)[number], { sitemap: object }>["path"], `${string}[${string}`>;
type StaticPath = Exclude<Extract<(typeof PUBLIC_ROUTES)[number], { sitemap: object }>["path"], DynamicPath>;
type Page = { path: string; priority?: number; lastModified: Date | null };

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // read per request from the cached record, never at build time
  const origin = siteOrigin();
  const instrument = await getInstrument(db);
  const [participants, updates] = await Promise.all([listParticipantStatuses(db, instrument.id), listPageUpdates(db, instrument.id)]);
  // Every page route says when it last changed, and every route with a parameter which pages it has (the
  // types check that none is forgotten).
  const lastModifiedOf: Record<StaticPath, Date | null> = {
    "/": updates.record,
    "/signatories": updates.record,
    "/non-signatories": updates.record,
    "/code": updates.instrument,
    "/compare": updates.record,
  };
  const pagesOf: Record<DynamicPath, Page[]> = {
    "/signatories/[code]": participants.map((p) => ({
      path: `/signatories/${p.code}`,
      priority: p.status === "not-signed" ? 0.3 : undefined,
      lastModified: updates.participants.get(p.code) ?? null,
    })),
    "/code/commitments/[n]": instrument.commitments.map((c) => ({
      path: `/code/commitments/${c.number}`,
      lastModified: updates.commitments.get(c.number) ?? null,
    })),
  };
  return PUBLIC_ROUTES.flatMap((route) => {
    if (!("sitemap" in route)) return [];
    const pages: Page[] = route.path.includes("[")
      ? pagesOf[route.path as DynamicPath]
      : [{ path: route.path satisfies PublicRoutePath, lastModified: lastModifiedOf[route.path as StaticPath] }];
    return pages.flatMap((page) => {
      const languages = Object.fromEntries(
        Object.entries({ ...pathInEveryLocale(page.path), "x-default": page.path }).map(([language, path]) => [
          language,
          `${origin}${path}`,
        ]),
      );
      return LOCALES.map((locale) => ({
        url: `${origin}${localizedPath(page.path, locale)}`,
        ...(page.lastModified ? { lastModified: page.lastModified } : {}),
        changeFrequency: route.sitemap.changeFrequency,
        priority: page.priority ?? route.sitemap.priority,
        alternates: { languages },
      }));
    });
  });
}
