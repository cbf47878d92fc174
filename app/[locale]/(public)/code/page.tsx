import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import { db } from "@/lib/db";
import { getPageLocale } from "@/i18n/page-locale";
import { codeTextFor } from "@/lib/instruments/code-text-for";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { initiatorName } from "@/lib/instruments/initiator-name";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.code");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/code" });
}

export default async function CodePage() {
  await connection();
  const t = await getTranslations("public.code");
  const [instrument, language] = await Promise.all([getInstrument(db), getPageLocale()]);
  const [code, initiator] = await Promise.all([codeTextFor(db, instrument, language), initiatorName(db, instrument.initiator, language)]);
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 lang={code.locale} className="text-3xl font-semibold tracking-tight">
          {code.title}
        </h1>
        {code.isEnglishFallback && <p data-testid="english-text-notice">{t("englishTextNotice")}</p>}
        {code.locale !== "en" && (
          <p className="text-sm text-muted" data-testid="official-text-source">
            {code.source.url ? (
              <a href={code.source.url} className="underline underline-offset-4">
                {code.source.title}
              </a>
            ) : (
              code.source.title
            )}
          </p>
        )}
        {/* Our summary of the Code is written in English only. */}
        <p lang="en" className="text-lg">
          {instrument.summary}
        </p>
      </header>
      <section aria-labelledby="when-heading" className="space-y-2">
        <h2 id="when-heading" className="text-xl font-semibold">
          {t("whenHeading")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-muted">{t("openedOn")}</dt>
          <dd>
            <PartialDate date={instrument.openedOn} precision="day" />
          </dd>
          <dt className="font-medium text-muted">{t("place")}</dt>
          {/* English text in the record, read as English in any language. */}
          <dd lang="en">{instrument.place}</dd>
          <dt className="font-medium text-muted">{t("initiator")}</dt>
          <dd lang={initiator.lang}>{initiator.name}</dd>
        </dl>
      </section>
      <section aria-labelledby="commitments-heading" className="space-y-4">
        <h2 id="commitments-heading" className="text-xl font-semibold">
          {t("commitmentsHeading", { count: code.commitments.length })}
        </h2>
        <ol className="space-y-4" data-testid="commitments">
          {code.commitments.map((commitment) => (
            <li key={commitment.number} className="grid grid-cols-[2.5rem_1fr] gap-2">
              <span className="text-lg font-semibold text-signed" aria-hidden="true">
                {commitment.number}.
              </span>
              <div className="space-y-2">
                <p>
                  <span className="sr-only">{t("commitmentNumber", { number: commitment.number })} </span>
                  <span lang={code.locale}>{commitment.text}</span>
                </p>
                {commitment.points.length > 0 && (
                  <ul lang={code.locale} className="list-disc space-y-1 ps-6" data-testid={`commitment-${commitment.number}-points`}>
                    {commitment.points.map((point) => (
                      <li key={point.position}>{point.text}</li>
                    ))}
                  </ul>
                )}
                <p className="text-sm">
                  <Link href={`/code/commitments/${commitment.number}`} className="underline underline-offset-4">
                    {t("statementsLink", { number: commitment.number })}
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <p className="text-sm text-muted">{t("source", { source: instrument.sourceTitle })}</p>
    </article>
  );
}
