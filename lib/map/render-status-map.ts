import "server-only";
import { getTranslations } from "next-intl/server";
import type { Database } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { PARTICIPANT_STATUSES, type ParticipantStatus } from "@/lib/participants/participant-status";
import { shapeName } from "./shape-name";
import { buildStatusMapDocument } from "./status-map-document";

/**
 * The status map in a language (/map.svg, /embed/map): every country named as a reader of that language
 * names it, with its status in words. Also returns the status labels, for a legend beside it.
 */
export async function renderStatusMap(
  db: Database,
  locale: Locale,
  asOf?: string,
): Promise<{ svg: string; statusLabels: Record<ParticipantStatus, string> }> {
  const [t, tStatus, instrument, namer] = await Promise.all([
    getTranslations({ locale, namespace: "public.map" }),
    getTranslations({ locale, namespace: "public.status" }),
    getInstrument(db),
    getParticipantNamer(db, locale),
  ]);
  const participants = namer.named(await listParticipantStatuses(db, instrument.id, asOf));
  const statusLabels = Object.fromEntries(PARTICIPANT_STATUSES.map((status) => [status, tStatus(status)])) as Record<
    ParticipantStatus,
    string
  >;
  const svg = buildStatusMapDocument({
    participants,
    labels: {
      title: t("title"),
      description: t("description"),
      status: statusLabels,
      noData: t("noData"),
      shapeName: (shape) => shapeName(shape, locale),
    },
  });
  return { svg, statusLabels };
}
