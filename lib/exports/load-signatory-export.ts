import "server-only";
import type { Database } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersToQuery, type SignatoryFilters } from "@/lib/signatories/signatory-filters";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { suggestedCitation } from "./suggested-citation";

/** The published list for these filters, with the citation every export prints (the Code unless told otherwise). */
export async function loadSignatoryExport(
  db: Database,
  filters: SignatoryFilters,
  { instrumentSlug, now = new Date() }: { instrumentSlug?: string; now?: Date } = {},
): Promise<SignatoryExport> {
  const instrument = await getInstrument(db, instrumentSlug);
  const rows = await listPublishedActions(db, instrument.id, filters);
  const document = buildSignatoriesDocument({ instrument, filters, rows, now });
  const query = signatoryFiltersToQuery(filters).toString();
  const url = `${siteOrigin()}/signatories${query ? `?${query}` : ""}`;
  return { document, filters, citation: suggestedCitation({ instrumentTitle: instrument.title, document, url }) };
}
