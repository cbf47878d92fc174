import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormatter, PartialDate } from "@/components/ui/partial-date";
import type { TimelineStep } from "@/lib/signatories/signatory-timeline";

const WIDTH = 960;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 24, bottom: 32, left: 44 };

const dayToTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2)}%`;

/**
 * The cumulative number of signatories as a step line, drawn on the server. Actions dated only to a month or
 * a year are plotted on the last day of that period, with a hollow marker, and the chart says so; undated
 * actions are listed under it. A table gives the same numbers in words.
 */
export async function SignatoryTimelineChart({
  steps,
  undated,
  start,
  end,
}: {
  steps: TimelineStep[];
  undated: { code: string; name: string }[];
  start: string;
  end: string;
}) {
  const t = await getTranslations("public.timeline");
  const format = await getDateFormatter();
  const formatDay = (day: string) =>
    format.dateTime(new Date(dayToTime(day)), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const last = steps.at(-1)?.day;
  const endDay = last && last > end ? last : end;
  const x0 = dayToTime(start);
  const x1 = Math.max(dayToTime(endDay), x0 + 86_400_000);
  const maxTotal = Math.max(1, ...steps.map((s) => s.total));
  const yMax = maxTotal <= 5 ? 5 : Math.ceil(maxTotal / 5) * 5;
  const x = (day: string) => MARGIN.left + ((dayToTime(day) - x0) / (x1 - x0)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (total: number) => HEIGHT - MARGIN.bottom - (total / yMax) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  let line = `M${x(start).toFixed(1)},${y(0).toFixed(1)}`;
  for (const step of steps) line += `H${x(step.day).toFixed(1)}V${y(step.total).toFixed(1)}`;
  line += `H${x(endDay).toFixed(1)}`;

  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(endDay.slice(0, 4));
  const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => `${firstYear + i}-01-01`).filter(
    (day) => dayToTime(day) >= x0,
  );
  const valueTicks = Array.from({ length: 6 }, (_, i) => Math.round((yMax / 5) * i));

  // The chart and its caption are the figure; the table of the same data follows it (a figcaption must come
  // first or last in its figure).
  return (
    <div className="space-y-3">
      <figure className="space-y-3">
        {steps.length === 0 ? (
          <p className="rounded border border-rule bg-white px-4 py-6 text-center text-muted" data-testid="timeline-empty">
            {t("empty")}
          </p>
        ) : (
          // Right to left, time runs from right to left: the drawing (never its text) is mirrored by the page's
          // direction, and the axis labels are HTML placed with logical insets, so they follow it and stay
          // readable — and legible on a phone, where text inside a 960-wide drawing would be 5 px high.
          // A year's label is centred on its tick and the box clips, so a tick at the very end (asOf=2019-01-01)
          // never widens the page.
          <div className="relative overflow-hidden" data-testid="timeline-chart">
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-labelledby="timeline-title timeline-desc"
              className="block h-auto w-full rounded border border-rule bg-white"
            >
              <title id="timeline-title">{t("title")}</title>
              <desc id="timeline-desc">{t("description", { total: steps.at(-1)!.total })}</desc>
              <g className="origin-center transform-view rtl:-scale-x-100">
                {valueTicks.map((value) => (
                  <line key={value} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} stroke="#e3e6ea" />
                ))}
                <path d={line} fill="none" stroke="var(--color-signed)" strokeWidth="2.5" />
                {steps.map((step) => (
                  <circle
                    key={step.day}
                    cx={x(step.day)}
                    cy={y(step.total)}
                    r="4"
                    fill={step.hasPeriodDates ? "#fff" : "var(--color-signed)"}
                    stroke="var(--color-signed)"
                    strokeWidth="2"
                    data-day={step.day}
                  >
                    <title>
                      {t("pointTitle", { day: formatDay(step.day), total: step.total, joined: step.joined, withdrew: step.withdrew })}
                    </title>
                  </circle>
                ))}
              </g>
            </svg>
            <div aria-hidden="true" className="text-[0.625rem] leading-none text-muted tabular-nums sm:text-xs">
              {valueTicks.map((value, index) => (
                <span
                  key={value}
                  // Every other value on a phone, where the chart is less than 100 px high.
                  className={`absolute -translate-y-1/2 text-end ${index % 2 === 1 ? "max-sm:hidden" : ""}`}
                  style={{ insetInlineEnd: percent(WIDTH - MARGIN.left + 6, WIDTH), top: percent(y(value), HEIGHT) }}
                >
                  {value}
                </span>
              ))}
              {yearTicks.map((day) => (
                <span
                  key={day}
                  className="absolute -ms-5 w-10 text-center"
                  style={{ insetInlineStart: percent(x(day), WIDTH), bottom: percent(6, HEIGHT) }}
                  data-year={day.slice(0, 4)}
                >
                  {day.slice(0, 4)}
                </span>
              ))}
            </div>
          </div>
        )}
        <figcaption className="space-y-1 text-sm text-muted">
          <p>{t("periodRule")}</p>
          {undated.length > 0 && (
            <p data-testid="timeline-undated">
              {t("undated", { count: undated.length })}{" "}
              {undated.map((participant, index) => (
                <span key={`${participant.code}-${index}`}>
                  {index > 0 && ", "}
                  <Link href={`/signatories/${participant.code}`} className="underline underline-offset-4">
                    {participant.name}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </figcaption>
      </figure>
      {steps.length > 0 && (
        <details className="rounded border border-rule bg-white px-4 py-2 text-sm">
          <summary className="cursor-pointer py-1 font-medium">{t("asTable")}</summary>
          <table className="mt-2 w-full text-start">
            <caption className="py-2 text-start text-muted">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="py-1 pe-4">
                  {t("countsFrom")}
                </th>
                <th scope="col" className="py-1 pe-4 text-end">
                  {t("joined")}
                </th>
                <th scope="col" className="py-1 pe-4 text-end">
                  {t("withdrew")}
                </th>
                <th scope="col" className="py-1 text-end">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step) => (
                <tr key={step.day} className="border-b border-rule/60">
                  <th scope="row" className="py-1 pe-4 font-normal">
                    <PartialDate date={step.day} precision="day" />
                    {step.hasPeriodDates && <span className="text-muted"> {t("endOfPeriod")}</span>}
                  </th>
                  <td className="py-1 pe-4 text-end">{step.joined}</td>
                  <td className="py-1 pe-4 text-end">{step.withdrew}</td>
                  <td className="py-1 text-end">{step.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
