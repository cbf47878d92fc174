import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { StatementCard } from "@/components/public/statement-card";
import { db } from "@/lib/db";
import { getPageLocale } from "@/i18n/page-locale";
import { codeTextFor } from "@/lib/instruments/code-text-for";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { listCommitmentStatements } from "@/lib/statements/list-commitment-statements";

type Props = { params: Promise<{ n: string }> };

async function loadCommitment(n: string) {
  if (!/^[1-9]\d{0,2}$/.test(n)) notFound();
  const instrument = await getInstrument(db);
  const code = await codeTextFor(db, instrument, await getPageLocale());
  const commitment = code.commitments.find((c) => c.number === Number(n));
  if (!commitment) notFound();
  return { instrument, commitment, code };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { commitment } = await loadCommitment((await params).n);
  const t = await getTranslations("public.commitment");
  return pageMetadata({
    title: t("metaTitle", { number: commitment.number }),
    description: commitment.text,
    path: `/code/commitments/${commitment.number}`,
  });
}

export default async function CommitmentPage({ params }: Props) {
  await connection();
  const { instrument, commitment, code } = await loadCommitment((await params).n);
  const [statements, { nameOf }] = await Promise.all([
    listCommitmentStatements(db, instrument.id, commitment.number),
    getLocale().then((locale) => getParticipantNamer(db, locale)),
  ]);
  const t = await getTranslations("public.commitment");
  const tCode = await getTranslations("public.code");
  const previous = instrument.commitments.find((c) => c.number === commitment.number - 1);
  const next = instrument.commitments.find((c) => c.number === commitment.number + 1);

  return (
    <article className="max-w-3xl space-y-8">
      <p className="text-sm">
        <Link href="/code" className="underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading", { number: commitment.number })}</h1>
        {code.isEnglishFallback && <p data-testid="english-text-notice">{tCode("englishTextNotice")}</p>}
        <p lang={code.locale} className="text-lg">
          {commitment.text}
        </p>
        {commitment.points.length > 0 && (
          <ul lang={code.locale} className="list-disc space-y-1 ps-6">
            {commitment.points.map((point) => (
              <li key={point.position}>{point.text}</li>
            ))}
          </ul>
        )}
      </header>
      <section aria-labelledby="statements-heading" className="space-y-4">
        <h2 id="statements-heading" className="text-xl font-semibold">
          {t("statementsHeading")}
        </h2>
        {statements.length === 0 ? (
          <p className="text-muted">{t("statementsEmpty")}</p>
        ) : (
          <ul className="space-y-4">
            {statements.map((statement) => (
              <StatementCard
                key={statement.id}
                statement={statement}
                by={
                  <Link href={`/signatories/${statement.participant.code}`} className="underline underline-offset-4">
                    {nameOf(statement.participant)}
                  </Link>
                }
              />
            ))}
          </ul>
        )}
      </section>
      <nav aria-label={t("pagerLabel")} className="flex justify-between text-sm">
        {previous ? (
          <Link href={`/code/commitments/${previous.number}`} className="underline underline-offset-4">
            {t("previous", { number: previous.number })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/code/commitments/${next.number}`} className="underline underline-offset-4">
            {t("next", { number: next.number })}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
