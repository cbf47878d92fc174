import "server-only";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { siteOrigin } from "@/lib/env";
import { listSignatories } from "@/lib/signatures/list-signatories";
import { signatoryFiltersToQuery, type SignatoryFilters } from "@/lib/signatures/signatory-filters";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { suggestedCitation } from "./suggested-citation";

/** The published list for these filters, with the citation every export prints (the Code unless told otherwise). */
export async function loadSignatoryExport(
  filters: SignatoryFilters,
  { instrumentSlug, now = new Date() }: { instrumentSlug?: string; now?: Date } = {},
): Promise<SignatoryExport> {
  const instrument = await getInstrument(instrumentSlug);
  const rows = await listSignatories(instrument.id, filters);
  const document = buildSignatoriesDocument({ instrument, filters, rows, now });
  const query = signatoryFiltersToQuery(filters).toString();
  const url = `${siteOrigin()}/signatories${query ? `?${query}` : ""}`;
  return { document, filters, citation: suggestedCitation({ instrumentTitle: instrument.title, asOf: document.asOf, url }) };
}
