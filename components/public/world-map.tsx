import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusLabel } from "@/components/public/status-label";
import { StatusIcon } from "@/components/ui/status-icon";
import type { ParticipantStatus } from "@/lib/participants/participant-status";
import { MAP_HEIGHT, MAP_WIDTH, mappedIsoNumerics, worldShapes } from "@/lib/map/world-shapes";

export type MapParticipant = {
  code: string;
  name: string;
  kind: "state" | "organization";
  isoNumeric: string | null;
  status: ParticipantStatus;
};

const FILL: Record<ParticipantStatus, string> = {
  signed: "var(--color-signed)",
  joined: "var(--color-joined)",
  withdrawn: "url(#map-withdrawn-hatch)",
  "not-signed": "var(--color-notsigned)",
};
const LEGEND: ParticipantStatus[] = ["signed", "joined", "withdrawn", "not-signed"];

/**
 * The world coloured by status, drawn on the server as SVG. Every shape names its country and status in a
 * <title>; the table after it says the same in words, and lists signatories that have no shape on the map.
 */
export async function WorldMap({ participants }: { participants: MapParticipant[] }) {
  const t = await getTranslations("public.map");
  const tStatus = await getTranslations("public.status");
  const byIsoNumeric = new Map(participants.filter((p) => p.isoNumeric).map((p) => [p.isoNumeric!, p]));
  const mapped = mappedIsoNumerics();
  const listed = participants.filter((p) => p.status !== "not-signed");
  const notSignedCount = participants.filter((p) => p.kind === "state" && p.status === "not-signed").length;

  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="world-map-title world-map-desc"
        className="h-auto w-full rounded border border-rule bg-white"
      >
        <title id="world-map-title">{t("title")}</title>
        <desc id="world-map-desc">{t("description")}</desc>
        <defs>
          <pattern id="map-withdrawn-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="var(--color-withdrawn)" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#fff" strokeWidth="2.2" />
          </pattern>
        </defs>
        {worldShapes().map((shape, index) => {
          const participant = shape.isoNumeric ? byIsoNumeric.get(shape.isoNumeric) : undefined;
          const name = participant?.name ?? shape.atlasName;
          return (
            <path
              key={`${shape.isoNumeric ?? "none"}-${index}`}
              d={shape.path}
              fill={participant ? FILL[participant.status] : "#fff"}
              stroke={participant ? "#fff" : "#9aa3ae"}
              strokeWidth={0.5}
              data-status={participant?.status ?? "no-data"}
            >
              <title>{`${name}: ${participant ? tStatus(participant.status) : t("noData")}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="space-y-2 text-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label={t("legend")}>
          {LEGEND.map((status) => (
            <li key={status} className="inline-flex items-center gap-1.5">
              <svg viewBox="0 0 14 14" className="h-3.5 w-3.5" aria-hidden="true">
                <rect width="14" height="14" fill={FILL[status]} stroke="#9aa3ae" strokeWidth="1" />
              </svg>
              <StatusIcon status={status} className="h-3.5 w-3.5" />
              {tStatus(status)}
            </li>
          ))}
          <li className="inline-flex items-center gap-1.5">
            <svg viewBox="0 0 14 14" className="h-3.5 w-3.5" aria-hidden="true">
              <rect x="0.5" y="0.5" width="13" height="13" fill="#fff" stroke="#9aa3ae" strokeWidth="1" />
            </svg>
            {t("noData")}
          </li>
        </ul>
        <p className="text-muted">{t("disclaimer")}</p>
      </figcaption>
      <details className="rounded border border-rule bg-white px-4 py-2 text-sm">
        <summary className="cursor-pointer py-1 font-medium">{t("asTable")}</summary>
        <table className="mt-2 w-full text-left" data-testid="map-table">
          <caption className="py-2 text-left text-muted">{t("tableCaption", { notSigned: notSignedCount })}</caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-1 pr-4">{t("participant")}</th>
              <th scope="col" className="py-1 pr-4">{t("status")}</th>
              <th scope="col" className="py-1">{t("onMap")}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((p) => (
              <tr key={p.code} className="border-b border-rule/60">
                <th scope="row" className="py-1 pr-4 font-normal">
                  <Link href={`/signatories/${p.code}`} className="underline underline-offset-4">{p.name}</Link>
                </th>
                <td className="py-1 pr-4"><StatusLabel status={p.status} /></td>
                <td className="py-1">
                  {p.kind === "organization"
                    ? t("notOnMapOrganization")
                    : p.isoNumeric && mapped.has(p.isoNumeric)
                      ? t("onMapYes")
                      : t("notOnMapTooSmall")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
