// GET /sitemap.xml — the public pages of server/public-routes.ts, one entry per participant and per commitment.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { PUBLIC_ROUTES, type PublicRoutePath } from "@/server/public-routes";

type DynamicPath = Extract<Extract<(typeof PUBLIC_ROUTES)[number], { sitemap: object }>["path"], `${string}[${string}`>;
type Page = { path: string; priority?: number };

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // read per request from the cached record, never at build time
  const origin = siteOrigin();
  const instrument = await getInstrument(db);
  const participants = await listParticipantStatuses(db, instrument.id);
  // Every page route with a parameter must say which pages it has (the type checks none is forgotten).
  const pagesOf: Record<DynamicPath, Page[]> = {
    "/signatories/[code]": participants.map((p) => ({
      path: `/signatories/${p.code}`,
      priority: p.status === "not-signed" ? 0.3 : undefined,
    })),
    "/code/commitments/[n]": instrument.commitments.map((c) => ({ path: `/code/commitments/${c.number}` })),
  };
  return PUBLIC_ROUTES.flatMap((route) => {
    if (!("sitemap" in route)) return [];
    const pages: Page[] = route.path.includes("[") ? pagesOf[route.path as DynamicPath] : [{ path: route.path satisfies PublicRoutePath }];
    return pages.map((page) => ({
      url: `${origin}${page.path}`,
      changeFrequency: route.sitemap.changeFrequency,
      priority: page.priority ?? route.sitemap.priority,
    }));
  });
}
