import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CiteThisVersion } from "@/components/public/cite-this-version";
import { CompareDaysResult } from "@/components/public/compare-days-result";
import { CompareForms } from "@/components/public/compare-forms";
import { CompareRevisionsResult } from "@/components/public/compare-revisions-result";
import { parseCompareQuery } from "@/lib/compare/compare-query";
import { loadComparison } from "@/lib/compare/load-comparison";
import { db } from "@/lib/db";
import { pageMessageTranslator, translateFields } from "@/lib/i18n/translate-message";
import { siteOrigin } from "@/lib/env";
import { firstQueryValues, type SearchParams } from "@/lib/http/first-query-values";
import { getLedgerRange } from "@/lib/ledger/read-ledger";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { pageMetadata } from "@/lib/seo/page-metadata";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ledger.compare");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/compare" });
}

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const t = await getTranslations("ledger.compare");
  const raw = firstQueryValues(await searchParams);
  const [read, range, translate, namer] = await Promise.all([
    parseCompareQuery(db, raw),
    getLedgerRange(db),
    pageMessageTranslator(),
    getLocale().then((locale) => getParticipantNamer(db, locale)),
  ]);
  const parsed = read.ok ? read : { ...read, fields: translateFields(translate, read.fields) };
  const comparison = parsed.ok && parsed.request.mode !== "none" ? await loadComparison(db, parsed.request) : null;
  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <CompareForms values={raw} errors={parsed.ok ? {} : parsed.fields} range={range} />
      {!parsed.ok && (
        <div role="alert" className="text-sm font-medium text-[#a1260d]" data-testid="compare-problem">
          <p>{t("problem")}</p>
          {parsed.fields.revision && <p>{parsed.fields.revision}</p>}
        </div>
      )}
      {comparison?.mode === "days" && (
        <>
          <CompareDaysResult result={comparison.result} nameOf={namer.nameOfCode} />
          <CiteThisVersion title={t("metaTitle")} url={`${siteOrigin()}/compare?${query}`} version={comparison.version} />
        </>
      )}
      {comparison?.mode === "revisions" && <CompareRevisionsResult result={comparison.result} nameOf={namer.nameOfCode} />}
    </div>
  );
}
