import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import { todayIso } from "@/lib/dates/partial-date";
import { siteOrigin } from "@/lib/env";

/** Shown only on paper: what was printed — the record as of a day, or the current record on the day printed — and how to cite it. */
export async function PrintCitation({ title, path, asOf }: { title: string; path: string; asOf?: string }) {
  const t = await getTranslations("public.print");
  return (
    <aside className="print-only mt-8 border-t border-rule pt-4 text-sm">
      <p>{t.rich("asOf", { moment: asOf ? "as-of" : "current", date: () => <PartialDate date={asOf ?? todayIso()} precision="day" /> })}</p>
      <p>{t("cite", { title, url: `${siteOrigin()}${path}` })}</p>
    </aside>
  );
}
