import { getLocale, getTranslations } from "next-intl/server";
import type { DatePrecision } from "@/lib/dates/partial-date";

// UN English writes day, month, year ("28 Sept 2018"); Intl's bare "en" would write "Sep 28, 2018". next-intl's
// getFormatter({ locale }) cannot help: i18n/request.ts answers every request with the one site locale, so
// dates are formatted with Intl directly, from the page's locale, here and only here.
const DATE_LOCALE: Record<string, string> = { en: "en-GB" };

/** The formatter for every date on the site: the page's locale, with English in day-month-year order. */
export async function getDateFormatter() {
  const locale = await getLocale();
  const dateLocale = DATE_LOCALE[locale] ?? locale;
  return {
    dateTime: (value: Date, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(dateLocale, { timeZone: "UTC", ...options }).format(value),
  };
}

const OPTIONS = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const;

/**
 * A calendar date known to the day, the month or the year, or not at all: "28 Sept 2018", "Sept 2018",
 * "2018", "date not known". Dates known only to a period carry their precision in a tooltip and for screen
 * readers, and are underlined with dots to say there is more to read.
 */
export async function PartialDate({ date, precision }: { date: string | null; precision: DatePrecision }) {
  const t = await getTranslations("public.date");
  if (!date || precision === "unknown") return <span className="italic text-muted">{t("unknown")}</span>;
  const format = await getDateFormatter();
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  const text = format.dateTime(new Date(Date.UTC(year, month - 1, day)), { ...OPTIONS[precision], timeZone: "UTC" });
  if (precision === "day") return <time dateTime={date}>{text}</time>;
  return (
    <time dateTime={date} title={t(`precision.${precision}`)} className="underline decoration-dotted underline-offset-4">
      {text}
      <span className="sr-only"> ({t(`precision.${precision}`)})</span>
    </time>
  );
}

/** A moment in time (history entries, last update), in UTC. */
export async function Instant({ value }: { value: Date }) {
  const format = await getDateFormatter();
  const text = format.dateTime(value, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return <time dateTime={value.toISOString()}>{text}</time>;
}
