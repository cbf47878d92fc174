import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { citeVersion } from "@/lib/citation/cite-version";
import type { RecordVersion } from "@/lib/ledger/get-record-version";
import { Ltr } from "@/components/ui/ltr";

/**
 * "Cite this version": the permanent address of what the page shows (carrying the revision) and the
 * citation in plain text, BibTeX and CSL-JSON. No script: the formats open with <details>, and the texts
 * are selectable. `url`: the page's absolute address without `revision`.
 */
export async function CiteThisVersion({ title, url, version }: { title: string; url: string; version: RecordVersion }) {
  const t = await getTranslations("ledger.cite");
  const citation = citeVersion({
    title,
    url,
    revision: version.revision,
    ledgerHead: version.ledgerHead,
    publishedAt: version.publishedAt,
  });
  const block = "mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded border border-rule bg-paper p-3 font-mono text-xs";
  return (
    <section
      aria-labelledby="cite-heading"
      id="cite"
      className="space-y-3 rounded border border-rule bg-white p-4 text-sm"
      data-testid="cite-this-version"
    >
      <h2 id="cite-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-muted">{t("intro", { revision: version.revision })}</p>
      <p>
        <span className="font-medium">{t("permanentUrl")}: </span>
        <Ltr>
          <a href={citation.url} className="break-all underline underline-offset-4" data-testid="permanent-url">
            {citation.url}
          </a>
        </Ltr>
      </p>
      <div>
        <h3 className="font-medium">{t("plainText")}</h3>
        <p className={block} dir="auto" data-testid="citation-text">
          {citation.text}
        </p>
      </div>
      <details className="no-print">
        <summary className="cursor-pointer font-medium underline-offset-4 hover:underline">{t("bibtex")}</summary>
        <pre className={block} data-testid="citation-bibtex">
          {citation.bibtex}
        </pre>
      </details>
      <details className="no-print">
        <summary className="cursor-pointer font-medium underline-offset-4 hover:underline">{t("cslJson")}</summary>
        <pre className={block} data-testid="citation-csl">
          {citation.cslJson}
        </pre>
      </details>
      {version.ledgerHead && (
        <p className="text-muted">
          {t.rich("ledgerHead", { hash: () => <code className="break-all">{version.ledgerHead}</code> })}{" "}
          <Link href="/api#verify" className="no-print underline underline-offset-4">
            {t("howToVerify")}
          </Link>
        </p>
      )}
    </section>
  );
}
