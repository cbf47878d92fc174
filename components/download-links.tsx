import { getTranslations } from "next-intl/server";

const FORMATS = ["csv", "xlsx", "json", "pdf"] as const;

/** Download links for the signatory list, carrying the page's current filters (a query string without "?"). */
export async function DownloadLinks({ query }: { query: string }) {
  const t = await getTranslations("common.downloads");
  return (
    <ul aria-label={t("label")} className="no-print flex flex-wrap gap-2 text-sm">
      {FORMATS.map((format) => {
        const params = new URLSearchParams(query);
        params.set("format", format);
        return (
          <li key={format}>
            <a
              href={`/api/v1/signatories?${params}`}
              download
              className="inline-block rounded border border-rule bg-white px-3 py-1 text-ink underline-offset-4 hover:underline"
            >
              {t(format)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
