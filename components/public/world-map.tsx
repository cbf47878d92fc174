import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusLabel } from "@/components/public/status-label";
import { StatusIcon } from "@/components/ui/status-icon";
import type { ParticipantStatus } from "@/lib/participants/participant-status";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { MAP_BORDER, MAP_NO_DATA_FILL, MAP_STATUS_COLORS } from "@/lib/map/status-colors";
import type { MapParticipant } from "@/lib/map/status-map-document";
import { MAP_HEIGHT, MAP_WIDTH, mappedIsoNumerics } from "@/lib/map/world-shapes";

const LEGEND: ParticipantStatus[] = ["signed", "joined", "withdrawn", "not-signed"];

/**
 * The world coloured by status: the SVG document at /map.svg (drawn on the server, each country named with
 * its status) in a frame, a legend, and the map in words — where the full lists are, and the signatories
 * the map cannot show. The page stays the same size however many sign: the lists live on their own pages.
 */
export async function WorldMap({ participants, asOf }: { participants: MapParticipant[]; asOf?: string }) {
  const t = await getTranslations("public.map");
  const tStatus = await getTranslations("public.status");
  const locale = await getLocale();
  // The map document names countries in the page's language (English needs no `lang`).
  const mapQuery = new URLSearchParams({ ...(asOf ? { asOf } : {}), ...(locale === DEFAULT_LOCALE ? {} : { lang: locale }) }).toString();
  const mapped = mappedIsoNumerics();
  const listed = participants.filter((p) => p.status !== "not-signed");
  const unmapped = listed.filter((p) => !p.isoNumeric || !mapped.has(p.isoNumeric));
  const notSignedCount = participants.filter((p) => p.kind === "state" && p.status === "not-signed").length;

  // The figure is the map and its caption; the map in words follows it (a figcaption must come first or
  // last in its figure, so the details cannot sit inside).
  return (
    <div className="space-y-3">
      <figure className="space-y-3">
        <iframe
          src={mapQuery ? `/map.svg?${mapQuery}` : "/map.svg"}
          title={t("title")}
          className="block h-auto w-full rounded border border-rule bg-white"
          style={{ aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}` }}
          data-testid="world-map"
          // Nothing in the map can be operated, so it is no tab stop (it would take focus without showing it);
          // screen readers still read each country in it.
          tabIndex={-1}
        />
        <figcaption className="space-y-2 text-sm">
          <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label={t("legend")}>
            {LEGEND.map((status) => (
              <li key={status} className="inline-flex items-center gap-1.5">
                <svg viewBox="0 0 14 14" className="h-3.5 w-3.5" aria-hidden="true">
                  <rect width="14" height="14" fill={MAP_STATUS_COLORS[status]} stroke={MAP_BORDER} strokeWidth="1" />
                </svg>
                <StatusIcon status={status} className="h-3.5 w-3.5" />
                {tStatus(status)}
              </li>
            ))}
            <li className="inline-flex items-center gap-1.5">
              <svg viewBox="0 0 14 14" className="h-3.5 w-3.5" aria-hidden="true">
                <rect x="0.5" y="0.5" width="13" height="13" fill={MAP_NO_DATA_FILL} stroke={MAP_BORDER} strokeWidth="1" />
              </svg>
              {t("noData")}
            </li>
          </ul>
          <p className="text-muted">{t("disclaimer")}</p>
        </figcaption>
      </figure>
      <details className="rounded border border-rule bg-white px-4 py-2 text-sm" data-testid="map-in-words">
        <summary className="cursor-pointer py-1 font-medium">{t("inWords")}</summary>
        <p className="mt-2">
          {t.rich("inWordsText", {
            listed: listed.length,
            notSigned: notSignedCount,
            signatories: (text) => (
              <Link href={asOf ? `/signatories?asOf=${asOf}` : "/signatories"} className="underline underline-offset-4">
                {text}
              </Link>
            ),
            nonSignatories: (text) => (
              <Link href={asOf ? `/non-signatories?asOf=${asOf}` : "/non-signatories"} className="underline underline-offset-4">
                {text}
              </Link>
            ),
          })}
        </p>
        {unmapped.length === 0 ? (
          <p className="mt-2 text-muted">{t("unmappedNone")}</p>
        ) : (
          <table className="mt-2 w-full text-start" data-testid="map-unmapped">
            <caption className="py-2 text-start font-medium">{t("unmappedCaption")}</caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="py-1 pe-4">
                  {t("participant")}
                </th>
                <th scope="col" className="py-1 pe-4">
                  {t("status")}
                </th>
                <th scope="col" className="py-1">
                  {t("whyNotDrawn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {unmapped.map((p) => (
                <tr key={p.code} className="border-b border-rule/60">
                  <th scope="row" className="py-1 pe-4 font-normal">
                    <Link href={`/signatories/${p.code}`} className="underline underline-offset-4">
                      {p.name}
                    </Link>
                  </th>
                  <td className="py-1 pe-4">
                    <StatusLabel status={p.status} />
                  </td>
                  <td className="py-1">{p.kind === "organization" ? t("notOnMapOrganization") : t("notOnMapTooSmall")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </div>
  );
}
