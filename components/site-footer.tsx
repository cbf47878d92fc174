import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  const format = await getFormatter();
  const today = format.dateTime(new Date(), { day: "numeric", month: "short", year: "numeric" });
  return (
    <footer className="no-print mt-16 border-t border-rule bg-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted">
        <p>{t("independent")}</p>
        <p>{t("howToCite", { date: today })}</p>
        <p>{t("mapDisclaimer")}</p>
        <p className="flex gap-4">
          <Link href="/api" className="underline">
            {t("api")}
          </Link>
          <a href="/feed.xml" className="underline">
            {t("feed")}
          </a>
        </p>
      </div>
    </footer>
  );
}
