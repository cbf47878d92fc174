import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatPartialDate, INSTANT_FORMAT } from "@/lib/dates/format-date";
import type { DatePrecision } from "@/generated/prisma/enums";

/** The formatter for every date on the site, in the page's locale (lib/dates/format-date.ts). */
export async function getDateFormatter() {
  const locale = await getLocale();
  return { dateTime: (value: Date, options: Intl.DateTimeFormatOptions) => formatDateTime(value, options, locale) };
}

/**
 * A calendar date known to the day, the month or the year, or not at all: "28 Sept 2018", "Sept 2018",
 * "2018", "date not known". Dates known only to a period carry their precision in a tooltip and for screen
 * readers, and are underlined with dots to say there is more to read.
 */
export async function PartialDate({ date, precision }: { date: string | null; precision: DatePrecision }) {
  const t = await getTranslations("public.date");
  if (!date || precision === "unknown") return <span className="italic text-muted">{t("unknown")}</span>;
  const text = formatPartialDate(date, precision, await getLocale());
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
  const text = format.dateTime(value, INSTANT_FORMAT);
  return <time dateTime={value.toISOString()}>{text}</time>;
}
