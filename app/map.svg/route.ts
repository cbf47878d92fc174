// GET /map.svg?asOf=YYYY-MM-DD&lang=fr — the overview's world map coloured by status, as an SVG document the
// overview page frames (lib/map/status-map-document.ts), in the page's language. Public and cached like the
// open API (the query, `lang` included, is part of the cache key).
import { parseQuery, preflight, publicGet } from "@/lib/api/http";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { renderStatusMap } from "@/lib/map/render-status-map";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";

const mapQuerySchema = signatoryFiltersSchema.pick({ asOf: true });

export const GET = publicGet(async (_request, { url, lang }) => {
  const { asOf } = parseQuery(mapQuerySchema, url.searchParams);
  const { svg } = await renderStatusMap(db, lang ?? DEFAULT_LOCALE, asOf);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
});

export const OPTIONS = preflight;
