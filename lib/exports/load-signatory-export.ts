import "server-only";
import { citeVersion } from "@/lib/citation/cite-version";
import type { Database } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { listPublishedActionsAtRevision } from "@/lib/ledger/published-at-revision";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersToQuery, type SignatoryFilters } from "@/lib/signatories/signatory-filters";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { signatoryListTitle } from "./suggested-citation";

/**
 * The published list for these filters — now, or exactly as published at `revision` (rebuilt from the
 * ledger) — with the version and citation every export prints (the Code unless told otherwise).
 */
export async function loadSignatoryExport(
  db: Database,
  filters: SignatoryFilters,
  { instrumentSlug, now = new Date(), revision }: { instrumentSlug?: string; now?: Date; revision?: number } = {},
): Promise<SignatoryExport> {
  const instrument = await getInstrument(db, instrumentSlug);
  const version = await getRecordVersion(db, revision);
  const rows =
    revision === undefined
      ? await listPublishedActions(db, instrument.id, filters)
      : await listPublishedActionsAtRevision(db, filters, revision);
  const query = signatoryFiltersToQuery(filters).toString();
  const citation = citeVersion({
    title: signatoryListTitle(instrument.title, filters.asOf),
    url: `${siteOrigin()}/signatories${query ? `?${query}` : ""}`,
    revision: version.revision,
    ledgerHead: version.ledgerHead,
    publishedAt: version.publishedAt,
  });
  const document = buildSignatoriesDocument({
    instrument,
    filters,
    rows,
    now,
    version: { revision: version.revision, ledgerHead: version.ledgerHead, url: citation.url, citation: citation.text },
  });
  return { document, filters, citation: citation.text, pinnedRevision: revision };
}
