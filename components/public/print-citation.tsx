import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import { siteOrigin } from "@/lib/env";

/** Shown only on paper: what was printed, as of which day, and how to cite it. */
export async function PrintCitation({ title, path, asOf }: { title: string; path: string; asOf: string }) {
  const t = await getTranslations("public.print");
  return (
    <aside className="print-only mt-8 border-t border-rule pt-4 text-sm">
      <p>{t.rich("asOf", { date: () => <PartialDate date={asOf} precision="day" /> })}</p>
      <p>{t("cite", { title, url: `${siteOrigin()}${path}` })}</p>
    </aside>
  );
}
