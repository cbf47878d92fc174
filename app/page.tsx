import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { countSignatories } from "@/lib/signatures/count-signatories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.overview");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function OverviewPage() {
  await connection(); // rendered per request from the cached record, never at build time
  const t = await getTranslations("public.overview");
  const format = await getFormatter();
  const instrument = await getInstrument();
  const count = await countSignatories(instrument.id);
  const openedOn = format.dateTime(new Date(`${instrument.openedOn}T00:00:00Z`), { dateStyle: "long" });

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{instrument.title}</h1>
        <p className="text-muted">{t("opened", { date: openedOn, place: instrument.place })}</p>
        <p className="text-xl" data-testid="signatory-count">
          {t("signatoryCount", { count: count.total })}
        </p>
      </header>
      <section aria-labelledby="commitments-heading" className="space-y-3">
        <h2 id="commitments-heading" className="text-xl font-semibold">
          {t("commitmentsHeading", { count: instrument.commitments.length })}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {instrument.commitments.map((commitment) => (
            <li key={commitment.number}>{commitment.text}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}
