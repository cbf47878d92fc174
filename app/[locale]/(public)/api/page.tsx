import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { CodeBlock } from "@/components/ui/code-block";
import { ApiRecordSections } from "@/components/public/api-record-sections";
import { CSV_COLUMNS } from "@/lib/exports/signatories-csv";
import { siteOrigin } from "@/lib/env";
import { languageAlternates } from "@/lib/seo/page-metadata";
import { withLtrValue } from "@/components/ui/ltr";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: await languageAlternates("/api") };
}

type Endpoint = {
  id: "signatories" | "participants" | "participant" | "commitments" | "changes" | "openapi" | "feed";
  path: string;
  parameters: string[];
  example: string;
};

const ERROR_EXAMPLE = `{
  "error": {
    "code": "invalid_parameters",
    "message": "The parameter “year” is not valid: Write the year with four digits, e.g. 2018",
    "fields": { "year": "Write the year with four digits, e.g. 2018" }
  }
}`;

const JSON_EXAMPLE = `{
  "instrument": { "slug": "code-of-conduct-2018", "title": "Code of Conduct towards …", "openedOn": "2018-09-28" },
  "asOf": "2019-07-15",
  "generatedAt": "2026-11-28T09:30:00.000Z",
  "count": 1,
  "items": [{
    "code": "kaz", "iso2": "KZ", "iso3": "KAZ", "name": "Kazakhstan", "kind": "state",
    "region": "Asia", "subregion": "Central Asia", "action": "signature",
    "date": "2018-09-28", "datePrecision": "day", "place": "United Nations Headquarters, New York",
    "signerName": "Kairat Abdrakhmanov", "signerTitle": "Minister of Foreign Affairs",
    "verification": "official-statement", "evidenceUrl": "https://…", "documentSymbol": null
  }]
}`;

export default async function ApiDocumentationPage() {
  await connection(); // the example citation names today's date
  const t = await getTranslations("api");
  const format = await getFormatter();
  const origin = siteOrigin();
  const today = format.dateTime(new Date(), { day: "numeric", month: "short", year: "numeric" });

  const endpoints: Endpoint[] = [
    {
      id: "signatories",
      path: "/api/v1/signatories",
      parameters: ["q", "region", "year", "kind", "action", "sort", "order", "asOf", "format", "download"],
      example: `curl "${origin}/api/v1/signatories?region=Asia&sort=date"\ncurl -OJ "${origin}/api/v1/signatories?format=xlsx&asOf=2019-07-15"`,
    },
    {
      id: "participants",
      path: "/api/v1/participants",
      parameters: ["kind", "status"],
      example: `curl "${origin}/api/v1/participants?status=signed"`,
    },
    { id: "participant", path: "/api/v1/participants/{code}", parameters: ["code"], example: `curl "${origin}/api/v1/participants/kaz"` },
    { id: "commitments", path: "/api/v1/commitments", parameters: [], example: `curl "${origin}/api/v1/commitments"` },
    {
      id: "changes",
      path: "/api/v1/changes",
      parameters: ["since", "cursor", "limit"],
      example: `curl "${origin}/api/v1/changes?since=2026-01-01T00:00:00Z&limit=20"`,
    },
    { id: "openapi", path: "/api/v1/openapi.json", parameters: [], example: `curl "${origin}/api/v1/openapi.json"` },
    { id: "feed", path: "/feed.xml", parameters: [], example: `curl "${origin}/feed.xml"` },
  ];

  return (
    <article className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="flex flex-wrap gap-4 text-sm">
          <a href="/api/v1/openapi.json" className="underline">
            {t("openApiLink")}
          </a>
          <a href="/feed.xml" className="underline">
            {t("feedLink")}
          </a>
        </p>
      </header>

      <section aria-labelledby="formats-heading" className="space-y-3">
        <h2 id="formats-heading" className="text-xl font-semibold">
          {t("formats.heading")}
        </h2>
        <p>{t("formats.intro")}</p>
        <ul className="list-disc space-y-2 ps-6">
          <li className="wrap-anywhere">
            {withLtrValue((header) => t("formats.csv", { header }), CSV_COLUMNS.map(([header]) => header).join(","))}
          </li>
          <li>{t("formats.xlsx")}</li>
          <li>{t("formats.json")}</li>
          <li>{t("formats.pdf")}</li>
        </ul>
        <p>
          {t("formats.filename", {
            pattern: "signatories-<instrument-slug>-<current|as-of>-<YYYY-MM-DD>.<ext>",
            currentPattern: "signatories-<instrument-slug>-current-<YYYY-MM-DD>.<ext>",
            asOfPattern: "signatories-<instrument-slug>-as-of-<asOf>.<ext>",
          })}
        </p>
        <p>{t("formats.formula")}</p>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-6">
        <h2 id="endpoints-heading" className="text-xl font-semibold">
          {t("endpoints.heading")}
        </h2>
        {endpoints.map((endpoint) => (
          <section key={endpoint.id} aria-labelledby={`endpoint-${endpoint.id}`} className="space-y-2">
            <h3 id={`endpoint-${endpoint.id}`} className="font-mono text-lg font-semibold">
              GET {endpoint.path}
            </h3>
            <p>{t(`endpoints.${endpoint.id}.summary`)}</p>
            <h4 className="font-semibold">{t("endpoints.parameters")}</h4>
            {endpoint.parameters.length === 0 ? (
              <p className="text-muted">{t("endpoints.none")}</p>
            ) : (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {endpoint.parameters.map((parameter) => (
                  <div key={parameter} className="contents">
                    <dt className="font-mono">{parameter}</dt>
                    <dd>{t(`endpoints.${endpoint.id}.${parameter}`)}</dd>
                  </div>
                ))}
              </dl>
            )}
            <h4 className="font-semibold">{t("endpoints.example")}</h4>
            <CodeBlock>{endpoint.example}</CodeBlock>
          </section>
        ))}
      </section>

      <section aria-labelledby="json-heading" className="space-y-3">
        <h2 id="json-heading" className="text-xl font-semibold">
          {t("json.heading")}
        </h2>
        <p>{t("json.intro")}</p>
        <CodeBlock>{JSON_EXAMPLE}</CodeBlock>
      </section>

      <section aria-labelledby="errors-heading" className="space-y-3">
        <h2 id="errors-heading" className="text-xl font-semibold">
          {t("errors.heading")}
        </h2>
        <p>{t("errors.intro")}</p>
        <CodeBlock>{ERROR_EXAMPLE}</CodeBlock>
      </section>

      <section aria-labelledby="caching-heading" className="space-y-3">
        <h2 id="caching-heading" className="text-xl font-semibold">
          {t("caching.heading")}
        </h2>
        <p>{t("caching.cors")}</p>
        <p>{t("caching.etag")}</p>
      </section>

      <ApiRecordSections origin={origin} />

      <section aria-labelledby="licence-heading" className="space-y-3">
        <h2 id="licence-heading" className="text-xl font-semibold">
          {t("licence.heading")}
        </h2>
        <p>{t("licence.text")}</p>
        <blockquote className="border-s-4 border-rule ps-4">
          {t("licence.citation", { date: today, url: `${origin}/signatories` })}
        </blockquote>
      </section>
    </article>
  );
}
