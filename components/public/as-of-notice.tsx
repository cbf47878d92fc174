import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";

/** Says that the page shows the record as it stood on a past day, and how period dates are counted. */
export async function AsOfNotice({ asOf, todayHref }: { asOf?: string; todayHref: string }) {
  if (!asOf) return null;
  const t = await getTranslations("public.asOf");
  return (
    <div className="rounded border border-signed/40 bg-signed/5 px-4 py-3 text-sm" data-testid="as-of-notice">
      <p className="font-medium">{t.rich("showing", { date: () => <PartialDate date={asOf} precision="day" /> })}</p>
      <p className="text-muted">{t("rule")}</p>
      <p className="no-print">
        <Link href={todayHref} className="underline underline-offset-4">
          {t("showToday")}
        </Link>
      </p>
    </div>
  );
}
