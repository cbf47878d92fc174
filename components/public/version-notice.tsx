import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import type { RevisionChoice } from "@/lib/ledger/revision-parameter";
import type { RecordVersion } from "@/lib/ledger/get-record-version";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

/**
 * On a page opened with ?revision=N: says which version is shown and links to the present; or, when the
 * revision is not one the ledger has, says why in words and offers the present instead of guessing.
 */
export async function VersionNotice({
  choice,
  version,
  currentHref,
  compareHref,
}: {
  choice: RevisionChoice;
  version: RecordVersion;
  currentHref: string;
  compareHref?: string;
}) {
  const t = await getTranslations("ledger.version");
  if (!choice.ok) {
    const translate = await pageMessageTranslator();
    return (
      <div role="alert" className="rounded border border-[#a1260d] bg-[#a1260d]/5 px-4 py-3" data-testid="revision-problem">
        <h2 className="font-semibold">{t("problemHeading")}</h2>
        <p>{t("problem", { message: translate(choice.message) })}</p>
        <p>
          <Link href={currentHref} className="underline underline-offset-4">
            {t("showCurrent")}
          </Link>
        </p>
      </div>
    );
  }
  if (choice.revision === undefined) return null;
  const day = version.publishedAt?.slice(0, 10) ?? null;
  return (
    <div className="rounded border border-signed/40 bg-signed/5 px-4 py-3 text-sm" data-testid="version-notice">
      <p className="font-medium">
        {t.rich("showing", { revision: version.revision, date: () => <PartialDate date={day} precision={day ? "day" : "unknown"} /> })}
      </p>
      <p className="text-muted">{t("rebuilt")}</p>
      <p className="no-print flex flex-wrap gap-x-4">
        <Link href={currentHref} className="underline underline-offset-4">
          {t("showCurrent")}
        </Link>
        {compareHref && (
          <Link href={compareHref} className="underline underline-offset-4">
            {t("compareWithNow")}
          </Link>
        )}
      </p>
    </div>
  );
}
