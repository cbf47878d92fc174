import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import { COMPARE_GROUPS, type ComparedAction, type DaysComparison } from "@/lib/compare/compare-days";
import { formatDay } from "@/lib/dates/format-date";
import { Ltr } from "@/components/ui/ltr";
import type { NameOfCode } from "@/components/public/compare-revisions-result";

const cell = "px-3 py-2";

async function ActionTable({
  caption,
  heading,
  actions,
  nameOf,
}: {
  caption: string;
  heading: string;
  actions: ComparedAction[];
  nameOf: NameOfCode;
}) {
  const t = await getTranslations("ledger.compare");
  const tAction = await getTranslations("public.action");
  return (
    <section aria-labelledby={`${heading}-heading`} className="space-y-2">
      <h3 id={`${heading}-heading`} className="text-lg font-semibold">
        {t(`${heading}Heading` as "joinedHeading" | "withdrewHeading")} ({actions.length})
      </h3>
      {actions.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <div className="relative overflow-x-auto rounded border border-rule bg-white">
          <table className="w-full text-start text-sm" data-testid={`compare-${heading}`}>
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-paper">
              <tr className="border-b border-rule">
                <th scope="col" className={cell}>
                  {t("participant")}
                </th>
                <th scope="col" className={cell}>
                  {t("action")}
                </th>
                <th scope="col" className={cell}>
                  {t("date")}
                </th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={`${action.code}-${action.action}`} className="border-b border-rule/60">
                  <td className={cell}>
                    <Link href={`/signatories/${action.code}`} className="underline underline-offset-4">
                      {nameOf(action.code, action.name)}
                    </Link>
                  </td>
                  <td className={cell}>{tAction(action.action)}</td>
                  <td className={cell}>
                    <PartialDate date={action.date} precision={action.datePrecision} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Two days compared: the summary, the counts at each end by region, who joined and who withdrew. */
export async function CompareDaysResult({ result, nameOf }: { result: DaysComparison; nameOf: NameOfCode }) {
  const t = await getTranslations("ledger.compare");
  const tRegion = await getTranslations("public.regions");
  const locale = await getLocale();
  const groupLabel = (group: (typeof COMPARE_GROUPS)[number]) => (group === "organizations" ? t("organizations") : tRegion(group));
  const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
  const rows = [
    ...COMPARE_GROUPS.map((group) => ({
      label: groupLabel(group),
      from: result.counts.from.byGroup[group],
      to: result.counts.to.byGroup[group],
    })),
    { label: t("total"), from: result.counts.from.total, to: result.counts.to.total },
  ];
  return (
    <section aria-labelledby="days-result-heading" className="space-y-6" data-testid="compare-days">
      <h2 id="days-result-heading" className="sr-only">
        {t("daysHeading")}
      </h2>
      <p className="font-medium" data-testid="compare-summary">
        {t.rich("daysSummary", {
          joined: result.joined.length,
          withdrew: result.withdrew.length,
          from: () => <PartialDate date={result.from} precision="day" />,
          to: () => <PartialDate date={result.to} precision="day" />,
        })}
      </p>
      <div className="relative overflow-x-auto rounded border border-rule bg-white">
        <table className="w-full text-start text-sm tabular-nums" data-testid="compare-counts">
          <caption className="px-3 py-2 text-start font-semibold">{t("countsCaption")}</caption>
          <thead className="bg-paper">
            <tr className="border-b border-rule">
              <th scope="col" className={cell}>
                {t("region")}
              </th>
              <th scope="col" className={`${cell} text-end`}>
                {t("onFrom", { date: formatDay(result.from, locale) })}
              </th>
              <th scope="col" className={`${cell} text-end`}>
                {t("onTo", { date: formatDay(result.to, locale) })}
              </th>
              <th scope="col" className={`${cell} text-end`}>
                {t("change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-rule/60">
                <th scope="row" className={`${cell} font-medium`}>
                  {row.label}
                </th>
                <td className={`${cell} text-end`}>{row.from}</td>
                <td className={`${cell} text-end`}>{row.to}</td>
                <td className={`${cell} text-end`}>
                  <Ltr>{signed(row.to - row.from)}</Ltr>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionTable heading="joined" caption={t("joinedCaption")} actions={result.joined} nameOf={nameOf} />
      <ActionTable heading="withdrew" caption={t("withdrewCaption")} actions={result.withdrew} nameOf={nameOf} />
      <p className="text-sm text-muted">{t("undatedNote")}</p>
    </section>
  );
}
