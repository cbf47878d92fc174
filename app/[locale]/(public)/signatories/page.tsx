import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/download-links";
import { AsOfNotice } from "@/components/public/as-of-notice";
import { PrintCitation } from "@/components/public/print-citation";
import { SignatoriesTable } from "@/components/public/signatories-table";
import { SignatoryFiltersForm } from "@/components/public/signatory-filters-form";
import { PartialDate } from "@/components/ui/partial-date";
import { CiteThisVersion } from "@/components/public/cite-this-version";
import { VersionNotice } from "@/components/public/version-notice";
import { todayIso } from "@/lib/dates/partial-date";
import { siteOrigin } from "@/lib/env";
import { signatoryListTitle } from "@/lib/exports/suggested-citation";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { countSignatoriesAtRevision, listPublishedActionsAtRevision } from "@/lib/ledger/published-at-revision";
import { resolveRevision } from "@/lib/ledger/revision-parameter";
import { db } from "@/lib/db";
import { firstQueryValues, type SearchParams } from "@/lib/http/first-query-values";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { countSignatories } from "@/lib/signatories/count-signatories";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { comparePublishedActions, listPublishedActions } from "@/lib/signatories/list-published-actions";
import { inPageLanguage } from "@/lib/signatories/filter-errors-in-page-language";
import { parseSignatoryFilters, signatoryFiltersToQuery } from "@/lib/signatories/signatory-filters";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.signatories");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/signatories" });
}

export default async function SignatoriesPage({ searchParams }: Props) {
  await connection();
  const t = await getTranslations("public.signatories");
  const query = await searchParams;
  const parsed = await inPageLanguage(parseSignatoryFilters(query));
  const { filters } = parsed;
  const instrument = await getInstrument(db);
  const revision = await resolveRevision(db, firstQueryValues(query).revision);
  const pinned = revision.ok ? revision.revision : undefined;
  const version = await getRecordVersion(db, pinned);
  const header = (
    <header className="space-y-2">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
    </header>
  );
  if (!revision.ok) {
    // Never the present in place of the version asked for: a citation must not silently resolve to other data.
    return (
      <div className="space-y-6">
        {header}
        <VersionNotice choice={revision} version={version} currentHref="/signatories" />
      </div>
    );
  }
  const [englishRows, count, namer] = await Promise.all([
    pinned === undefined ? listPublishedActions(db, instrument.id, filters) : listPublishedActionsAtRevision(db, filters, pinned),
    pinned === undefined ? countSignatories(db, instrument.id, filters.asOf) : countSignatoriesAtRevision(db, pinned, filters.asOf),
    getLocale().then((locale) => getParticipantNamer(db, locale)),
  ]);
  const rows = namer.named(englishRows).sort(comparePublishedActions(filters.sort, filters.order, namer.compareNames));
  const asOf = filters.asOf ?? todayIso();
  const firstYear = Number(instrument.openedOn.slice(0, 4));
  const years = Array.from({ length: Number(todayIso().slice(0, 4)) - firstYear + 1 }, (_, i) => String(firstYear + i));
  const filterQuery = signatoryFiltersToQuery(filters).toString();
  const withRevision = (query: string) =>
    pinned === undefined ? query : new URLSearchParams([...new URLSearchParams(query), ["revision", String(pinned)]]).toString();
  const todayQuery = withRevision(signatoryFiltersToQuery({ ...filters, asOf: undefined }).toString());

  return (
    <div className="space-y-6">
      {header}

      <VersionNotice
        choice={revision}
        version={version}
        currentHref={`/signatories${filterQuery ? `?${filterQuery}` : ""}`}
        compareHref={pinned === undefined ? undefined : `/compare?fromRevision=${pinned}`}
      />

      <AsOfNotice asOf={filters.asOf} todayHref={`/signatories${todayQuery ? `?${todayQuery}` : ""}`} />

      <SignatoryFiltersForm parsed={parsed} raw={firstQueryValues(query)} years={years} revision={pinned} />

      {!parsed.ok && (
        <p role="status" className="text-sm font-medium text-[#a1260d]" data-testid="filter-problem">
          {t("filterProblem")}
        </p>
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium" data-testid="summary">
          {t.rich("summary", {
            total: count.total,
            shown: rows.length,
            // Without asOf this is the current record (undated actions included), not "as of" today.
            moment: filters.asOf ? "as-of" : pinned === undefined ? "current" : "revision",
            revision: pinned ?? 0,
            date: () => <PartialDate date={asOf} precision="day" />,
          })}
        </p>
        <DownloadLinks query={withRevision(filterQuery)} />
      </div>

      {rows.length === 0 ? (
        <div className="rounded border border-rule bg-white px-4 py-8 text-center" data-testid="empty-state">
          <p className="font-medium">{t("empty")}</p>
          <p className="mt-2">
            <Link href={pinned === undefined ? "/signatories" : `/signatories?revision=${pinned}`} className="underline underline-offset-4">
              {t("clearFilters")}
            </Link>
          </p>
        </div>
      ) : (
        <SignatoriesTable rows={rows} caption={t("caption", { shown: rows.length })} />
      )}
      <p className="text-sm text-muted">{t("dateNote")}</p>

      <CiteThisVersion
        title={signatoryListTitle(instrument.title, filters.asOf)}
        url={`${siteOrigin()}/signatories${filterQuery ? `?${filterQuery}` : ""}`}
        version={version}
      />

      <PrintCitation
        title={t("heading")}
        path={`/signatories?${withRevision(filterQuery) || `revision=${version.revision}`}`}
        asOf={filters.asOf}
      />
    </div>
  );
}
