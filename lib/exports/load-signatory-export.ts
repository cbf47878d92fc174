import "server-only";
import { citeVersion } from "@/lib/citation/cite-version";
import type { Database } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { listPublishedActionsAtRevision } from "@/lib/ledger/published-at-revision";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersToQuery, type SignatoryFilters } from "@/lib/signatories/signatory-filters";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { loadExportWords } from "./export-words";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { signatoryListTitle } from "./suggested-citation";

/**
 * The published list for these filters — now, or exactly as published at `revision` (rebuilt from the
 * ledger) — with the version and citation every export prints (the Code unless told otherwise), its names
 * in `locale` (participantName) and the words of that language for the files' headings.
 */
export async function loadSignatoryExport(
  db: Database,
  filters: SignatoryFilters,
  {
    instrumentSlug,
    now = new Date(),
    revision,
    locale = DEFAULT_LOCALE,
  }: { instrumentSlug?: string; now?: Date; revision?: number; locale?: Locale } = {},
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
    locale,
    now,
    version: { revision: version.revision, ledgerHead: version.ledgerHead, url: citation.url, citation: citation.text },
  });
  return { document, filters, citation: citation.text, pinnedRevision: revision, words: await loadExportWords(locale) };
}
