import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AsOfForm } from "@/components/public/as-of-form";
import { AsOfNotice } from "@/components/public/as-of-notice";
import { SignatoryTimelineChart } from "@/components/public/signatory-timeline-chart";
import { WorldMap } from "@/components/public/world-map";
import { PartialDate } from "@/components/ui/partial-date";
import { todayIso } from "@/lib/dates/partial-date";
import { db } from "@/lib/db";
import { codeTextFor } from "@/lib/instruments/code-text-for";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { initiatorName } from "@/lib/instruments/initiator-name";
import { getPageLocale } from "@/i18n/page-locale";
import { firstQueryValues, type SearchParams } from "@/lib/http/first-query-values";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { countSignatories } from "@/lib/signatories/count-signatories";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { inPageLanguage } from "@/lib/signatories/filter-errors-in-page-language";
import { parseSignatoryFilters } from "@/lib/signatories/signatory-filters";
import { buildSignatoryTimeline } from "@/lib/signatories/signatory-timeline";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.overview");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/" });
}

const LATEST_COUNT = 5;

export default async function OverviewPage({ searchParams }: Props) {
  await connection(); // rendered per request from the cached record, never at build time
  const t = await getTranslations("public.overview");
  const format = await getFormatter();
  const query = await searchParams;
  const parsed = await inPageLanguage(parseSignatoryFilters(query));
  const asOf = parsed.filters.asOf;
  const asOfError = parsed.ok ? undefined : parsed.fieldErrors.asOf;

  const instrument = await getInstrument(db);
  const [count, englishStandings, englishActions, namer, code] = await Promise.all([
    countSignatories(db, instrument.id, asOf),
    listParticipantStatuses(db, instrument.id, asOf),
    listPublishedActions(db, instrument.id, { q: undefined, sort: "date", order: "asc", asOf }),
    getLocale().then((locale) => getParticipantNamer(db, locale)),
    getPageLocale().then((locale) => codeTextFor(db, instrument, locale)),
  ]);
  const initiator = await initiatorName(db, instrument.initiator, namer.locale);
  // The map's and the timeline's labels, and the latest list, in the reader's language.
  const standings = namer.named(englishStandings);
  const datedActions = namer.named(englishActions);
  const unMembers = standings.filter((p) => p.unStatus === "member").length;
  const timeline = buildSignatoryTimeline(datedActions);
  const latest = datedActions
    .filter((row) => row.date)
    .reverse()
    .slice(0, LATEST_COUNT);

  return (
    <div className="space-y-12">
      <header className="space-y-3">
        <h1 lang={code.locale} className="text-3xl font-semibold tracking-tight">
          {code.title}
        </h1>
        <p className="text-muted">
          {t.rich("opened", {
            date: () => <PartialDate date={instrument.openedOn} precision="day" />,
            // The place is English text in the record, read as English inside any language's sentence.
            place: () => <bdi lang="en">{instrument.place}</bdi>,
            initiator: () => <bdi lang={initiator.lang}>{initiator.name}</bdi>,
          })}
        </p>
      </header>

      <AsOfNotice asOf={asOf} todayHref="/" />

      <section aria-labelledby="count-heading" className="space-y-3">
        <h2 id="count-heading" className="sr-only">
          {t("countHeading")}
        </h2>
        <p className="text-4xl font-semibold tracking-tight" data-testid="signatory-count">
          {t("signatoryCount", { count: count.total })}
        </p>
        <p className="text-lg" data-testid="signatory-breakdown">
          {t("breakdown", { states: count.states, organizations: count.organizations })}
        </p>
        <p className="text-lg" data-testid="un-member-count">
          {t("unMembers", { count: format.number(count.unMemberStates), total: format.number(unMembers) })}
        </p>
        <p className="max-w-3xl text-sm text-muted">{t("completeness")}</p>
      </section>

      <AsOfForm action="/" asOf={firstQueryValues(query).asOf} asOfError={asOfError} />

      <section aria-labelledby="map-heading" className="space-y-3">
        <h2 id="map-heading" className="text-xl font-semibold">
          {t("mapHeading")}
        </h2>
        <WorldMap participants={standings} asOf={asOf} />
      </section>

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("timelineHeading")}
        </h2>
        <SignatoryTimelineChart
          steps={timeline.steps}
          undated={asOf ? [] : timeline.undated}
          start={`${instrument.openedOn.slice(0, 7)}-01`}
          end={asOf ?? todayIso()}
        />
      </section>

      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-semibold">
          {t("latestHeading")}
        </h2>
        {latest.length === 0 ? (
          <p className="text-muted">{t("latestEmpty")}</p>
        ) : (
          <ol className="divide-y divide-rule rounded border border-rule bg-white" data-testid="latest-signatures">
            {latest.map((row) => (
              <li key={`${row.code}-${row.action}`} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                <Link href={`/signatories/${row.code}`} className="font-medium underline underline-offset-4">
                  {row.name}
                </Link>
                <span className="text-sm text-muted">
                  {t(`latestAction.${row.action}`)} · <PartialDate date={row.date} precision={row.datePrecision} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <nav aria-labelledby="onward-heading" className="space-y-3">
        <h2 id="onward-heading" className="text-xl font-semibold">
          {t("onwardHeading")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {(["signatories", "nonSignatories", "code", "openData"] as const).map((key) => (
            <li key={key}>
              <Link href={ONWARD[key]} className="block h-full rounded border border-rule bg-white p-4 hover:border-signed">
                <span className="block font-medium underline underline-offset-4">{t(`onward.${key}.title`)}</span>
                <span className="mt-1 block text-sm text-muted">{t(`onward.${key}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

const ONWARD = { signatories: "/signatories", nonSignatories: "/non-signatories", code: "/code", openData: "/api" } as const;
