import { getLocale, getTranslations } from "next-intl/server";
import { CodeBlock } from "@/components/ui/code-block";
import { REGION_SLUGS } from "@/lib/feeds/region-slugs";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/** The shell procedure of docs/ledger.md: every page of the ledger, each hash recomputed, each link checked. */
function verifyScript(origin: string): string {
  return `# Needs curl, jq and sha256sum. Prints each entry's sequence and "ok", or stops at the first mismatch.
next="/api/v1/ledger?limit=500"; previous=$(printf '0%.0s' $(seq 64))
while [ "$next" != "null" ]; do
  page=$(curl -s "${origin}$next")
  while read -r entry; do
    hash=$(jq -r .hash <<<"$entry"); linked=$(jq -r .previousHash <<<"$entry")
    computed=$(jq -cjS 'del(.hash)' <<<"$entry" | sha256sum | cut -d' ' -f1)
    [ "$computed" = "$hash" ] && [ "$linked" = "$previous" ] || { echo "MISMATCH at $(jq .sequence <<<"$entry")"; exit 1; }
    echo "$(jq .sequence <<<"$entry") ok"; previous=$hash
  done < <(jq -c '.items[]' <<<"$page")
  next=$(jq -r .next <<<"$page")
done
echo "head $previous"`;
}

/** /api: how to verify the record, the data package, comparisons and feeds, and the embeds with their snippets. */
export async function ApiRecordSections({ origin }: { origin: string }) {
  const t = await getTranslations("ledger.api");
  const tEmbed = await getTranslations("ledger.embed");
  const tFeeds = await getTranslations("ledger.feeds");
  // The snippets frame the embeds in the page's language (English needs no `lang`).
  const locale = await getLocale();
  const lang = locale === DEFAULT_LOCALE ? "" : `?lang=${locale}`;
  const countSnippet = `<iframe src="${origin}/embed/count${lang}" title="${tEmbed("countTitle")}" width="320" height="170" style="border:0" loading="lazy"></iframe>`;
  const mapSnippet = `<iframe src="${origin}/embed/map${lang}" title="${tEmbed("mapTitle")}" width="640" height="420" style="border:0" loading="lazy"></iframe>`;
  return (
    <>
      <section aria-labelledby="verify-heading" id="verify" className="space-y-3">
        <h2 id="verify-heading" className="text-xl font-semibold">
          {t("ledgerHeading")}
        </h2>
        <p>{t("ledgerIntro")}</p>
        <CodeBlock testId="verify-script">{verifyScript(origin)}</CodeBlock>
        <p>{t("ledgerSteps")}</p>
      </section>

      <section aria-labelledby="datapackage-heading" className="space-y-3">
        <h2 id="datapackage-heading" className="text-xl font-semibold">
          {t("dataPackageHeading")}
        </h2>
        <p>{t("dataPackageIntro")}</p>
        <CodeBlock>{`curl -OJ "${origin}/api/v1/datapackage.zip"\ncurl -OJ "${origin}/api/v1/datapackage.zip?revision=12"\ncurl "${origin}/api/v1/compare?from=2018-09-28&to=2019-07-15"\ncurl "${origin}/api/v1/compare?fromRevision=12"`}</CodeBlock>
        <h3 className="font-semibold">{tFeeds("regionFeeds")}</h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {REGION_SLUGS.map((slug) => (
            <li key={slug}>
              <a href={`/regions/${slug}/feed.xml`} className="underline underline-offset-4">
                /regions/{slug}/feed.xml
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="embed-heading" className="space-y-3">
        <h2 id="embed-heading" className="text-xl font-semibold">
          {tEmbed("heading")}
        </h2>
        <p>{tEmbed("intro")}</p>
        <h3 className="font-semibold">{tEmbed("countSnippet")}</h3>
        <CodeBlock testId="embed-count-snippet">{countSnippet}</CodeBlock>
        <h3 className="font-semibold">{tEmbed("mapSnippet")}</h3>
        <CodeBlock testId="embed-map-snippet">{mapSnippet}</CodeBlock>
      </section>
    </>
  );
}
