// GET /map.svg?asOf=YYYY-MM-DD — the overview's world map coloured by status, as an SVG document the
// overview page frames (lib/map/status-map-document.ts). Public and cached like the open API.
import { getTranslations } from "next-intl/server";
import { parseQuery, preflight, publicGet } from "@/lib/api/http";
import { db } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { buildStatusMapDocument } from "@/lib/map/status-map-document";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { PARTICIPANT_STATUSES, type ParticipantStatus } from "@/lib/participants/participant-status";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";

const mapQuerySchema = signatoryFiltersSchema.pick({ asOf: true });

export const GET = publicGet(async (_request, { url }) => {
  const { asOf } = parseQuery(mapQuerySchema, url.searchParams);
  const [t, tStatus, instrument] = await Promise.all([getTranslations("public.map"), getTranslations("public.status"), getInstrument(db)]);
  const participants = await listParticipantStatuses(db, instrument.id, asOf);
  const svg = buildStatusMapDocument({
    participants,
    labels: {
      title: t("title"),
      description: t("description"),
      status: Object.fromEntries(PARTICIPANT_STATUSES.map((status) => [status, tStatus(status)])) as Record<ParticipantStatus, string>,
      noData: t("noData"),
    },
  });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
});

export const OPTIONS = preflight;
