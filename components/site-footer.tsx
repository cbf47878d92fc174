import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Instant } from "@/components/ui/partial-date";
import type { RecordVersion } from "@/lib/ledger/get-record-version";

/**
 * `lastUpdate`: when the public record last changed, or null before anything was published. `version`: the
 * record revision and the ledger head, which anyone can check against GET /api/v1/ledger.
 */
export async function SiteFooter({ lastUpdate, version }: { lastUpdate: Date | null; version: RecordVersion }) {
  const t = await getTranslations("common.footer");
  const tLedger = await getTranslations("ledger.footer");
  return (
    <footer className="no-print mt-16 border-t border-rule bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted md:grid-cols-2">
        <div className="space-y-2">
          <h2 className="font-semibold text-ink">{t("sourcesHeading")}</h2>
          <p>{t("independent")}</p>
          {/* The revision, not today's date: a citation names a version anyone can open again (docs/ledger.md). */}
          <p>{t("howToCite", { revision: version.revision })}</p>
          {lastUpdate && <p data-testid="last-update">{t.rich("lastUpdate", { date: () => <Instant value={lastUpdate} /> })}</p>}
          <p data-testid="ledger-head">
            {version.ledgerHead ? (
              <>
                {tLedger.rich("version", {
                  revision: version.revision,
                  hash: () => (
                    <code className="break-all text-ink" title={version.ledgerHead ?? undefined}>
                      {version.ledgerHead}
                    </code>
                  ),
                })}{" "}
                <Link href="/api#verify" className="text-ink underline underline-offset-4">
                  {tLedger("verify")}
                </Link>
              </>
            ) : (
              tLedger("noVersion")
            )}
          </p>
        </div>
        <div className="space-y-2">
          <h2 className="font-semibold text-ink">{t("dataHeading")}</h2>
          <p>{t("mapDisclaimer")}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/api" className="text-ink underline underline-offset-4">
                {t("api")}
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="text-ink underline underline-offset-4">
                {t("feed")}
              </a>
            </li>
            <li>
              <Link href="/code" className="text-ink underline underline-offset-4">
                {t("code")}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
