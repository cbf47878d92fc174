import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AsOfForm } from "@/components/public/as-of-form";
import { AsOfNotice } from "@/components/public/as-of-notice";
import { PartialDate } from "@/components/ui/partial-date";
import { todayIso } from "@/lib/dates/partial-date";
import { db } from "@/lib/db";
import { firstQueryValues, type SearchParams } from "@/lib/http/first-query-values";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipantStatuses, selectNonSignatories } from "@/lib/participants/list-participant-statuses";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { inPageLanguage } from "@/lib/signatories/filter-errors-in-page-language";
import { parseSignatoryFilters, UN_REGIONS } from "@/lib/signatories/signatory-filters";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.nonSignatories");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/non-signatories" });
}

export default async function NonSignatoriesPage({ searchParams }: Props) {
  await connection();
  const t = await getTranslations("public.nonSignatories");
  const tRegion = await getTranslations("public.regions");
  const format = await getFormatter();
  const query = await searchParams;
  // Same URL contract as the list: only `region` and `asOf` apply here.
  const parsed = await inPageLanguage(parseSignatoryFilters(query));
  const { region, asOf } = parsed.filters;
  const errors = parsed.ok ? {} : parsed.fieldErrors;
  const raw = firstQueryValues(query);

  const instrument = await getInstrument(db);
  const [standings, namer] = await Promise.all([
    listParticipantStatuses(db, instrument.id, asOf),
    getLocale().then((locale) => getParticipantNamer(db, locale)),
  ]);
  const { nonSignatories, undatedLeftOut } = selectNonSignatories(
    namer.named(standings).sort((a, b) => namer.compareNames(a.name, b.name)),
  );
  const allRegions = UN_REGIONS.map((name) => ({ name, states: nonSignatories.filter((p) => p.region === name) }));
  const shownRegions = region ? allRegions.filter((group) => group.name === region) : allRegions;
  const shownCount = shownRegions.reduce((sum, group) => sum + group.states.length, 0);
  const todayQuery = new URLSearchParams(region ? { region } : {}).toString();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
      </header>

      <AsOfNotice asOf={asOf} todayHref={`/non-signatories${todayQuery ? `?${todayQuery}` : ""}`} />

      <AsOfForm action="/non-signatories" asOf={raw.asOf} asOfError={errors.asOf} region={{ value: region, error: errors.region }} />

      <p className="font-medium" data-testid="summary">
        {t.rich("summary", {
          total: nonSignatories.length,
          shown: shownCount,
          moment: asOf ? "as-of" : "current",
          date: () => <PartialDate date={asOf ?? todayIso()} precision="day" />,
        })}
      </p>
      {undatedLeftOut.length > 0 && (
        <p className="text-sm text-muted" data-testid="undated-left-out">
          {t("undatedLeftOut", { count: undatedLeftOut.length, names: format.list(undatedLeftOut.map((p) => p.name)) })}
        </p>
      )}

      <table className="w-full max-w-md text-start text-sm" data-testid="region-counts">
        <caption className="pb-2 text-start font-medium">{t("countsCaption")}</caption>
        <thead>
          <tr className="border-b border-rule">
            <th scope="col" className="py-1 pe-4">
              {t("region")}
            </th>
            <th scope="col" className="py-1 text-end">
              {t("count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {allRegions.map((group) => (
            <tr key={group.name} className="border-b border-rule/60">
              <th scope="row" className="py-1 pe-4 font-normal">
                <Link
                  href={`/non-signatories?${new URLSearchParams({ region: group.name, ...(asOf ? { asOf } : {}) })}`}
                  className="underline underline-offset-4"
                >
                  {tRegion(group.name)}
                </Link>
              </th>
              <td className="py-1 text-end">{group.states.length}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {shownRegions.map((group) => (
        <section key={group.name} aria-labelledby={`region-${group.name}`} className="space-y-3" data-region={group.name}>
          <h2 id={`region-${group.name}`} className="text-xl font-semibold">
            {t("regionHeading", { region: tRegion(group.name), count: group.states.length })}
          </h2>
          {group.states.length === 0 ? (
            <p className="text-muted">{t("regionEmpty")}</p>
          ) : (
            <ul className="columns-1 gap-8 text-sm sm:columns-2 lg:columns-3">
              {group.states.map((state) => (
                <li key={state.code} className="break-inside-avoid py-0.5">
                  <Link href={`/signatories/${state.code}`} className="underline underline-offset-4" data-code={state.code}>
                    {state.name}
                  </Link>
                  {state.unStatus === "observer" && <span className="text-muted"> ({t("observer")})</span>}
                  {state.subregion && <span className="sr-only">, {state.subregion}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
