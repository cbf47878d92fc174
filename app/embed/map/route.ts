// GET /embed/map — the world map of signatories as a small HTML page any site may frame (no JavaScript)
import { getTranslations } from "next-intl/server";
import { preflight, publicGet } from "@/lib/api/http";
import { db } from "@/lib/db";
import { embedLink, embedPage, htmlResponse } from "@/lib/embeds/embed-page";
import { escapeXml } from "@/lib/feeds/atom-document";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { MAP_STATUS_COLORS } from "@/lib/map/status-colors";
import { buildStatusMapDocument } from "@/lib/map/status-map-document";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { PARTICIPANT_STATUSES, type ParticipantStatus } from "@/lib/participants/participant-status";

export const GET = publicGet(async () => {
  const [t, tMap, tStatus, instrument] = await Promise.all([
    getTranslations("ledger.embed"),
    getTranslations("public.map"),
    getTranslations("public.status"),
    getInstrument(db),
  ]);
  const participants = await listParticipantStatuses(db, instrument.id);
  const statusLabels = Object.fromEntries(PARTICIPANT_STATUSES.map((status) => [status, tStatus(status)])) as Record<
    ParticipantStatus,
    string
  >;
  // The map document is SVG; inside HTML its <svg> element is the whole of it (the XML prolog aside).
  const svg = buildStatusMapDocument({
    participants,
    labels: { title: tMap("title"), description: tMap("description"), status: statusLabels, noData: tMap("noData") },
  });
  const legend = PARTICIPANT_STATUSES.map(
    (status) => `<li><span class="swatch" style="background:${MAP_STATUS_COLORS[status]}"></span>${escapeXml(statusLabels[status])}</li>`,
  ).join("");
  const body = [svg, `<ul class="legend">${legend}</ul>`, `<p class="muted">${embedLink(`${siteOrigin()}/`, t("source"))}</p>`].join("\n");
  return htmlResponse(embedPage({ title: t("mapTitle"), body }));
});

export const OPTIONS = preflight;
