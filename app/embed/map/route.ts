// GET /embed/map?lang=fr — the world map of signatories as a small HTML page any site may frame (no
// JavaScript), in English or the language asked for
import { getTranslations } from "next-intl/server";
import { preflight, publicGet } from "@/lib/api/http";
import { db } from "@/lib/db";
import { embedLink, embedPage, htmlResponse } from "@/lib/embeds/embed-page";
import { escapeXml } from "@/lib/feeds/atom-document";
import { siteOrigin } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { renderStatusMap } from "@/lib/map/render-status-map";
import { MAP_STATUS_COLORS } from "@/lib/map/status-colors";
import { PARTICIPANT_STATUSES } from "@/lib/participants/participant-status";

export const GET = publicGet(async (_request, { lang }) => {
  const locale = lang ?? DEFAULT_LOCALE;
  const [t, { svg, statusLabels }] = await Promise.all([
    getTranslations({ locale, namespace: "ledger.embed" }),
    renderStatusMap(db, locale),
  ]);
  // The map document is SVG; inside HTML its <svg> element is the whole of it (the XML prolog aside).
  const legend = PARTICIPANT_STATUSES.map(
    (status) => `<li><span class="swatch" style="background:${MAP_STATUS_COLORS[status]}"></span>${escapeXml(statusLabels[status])}</li>`,
  ).join("");
  const body = [
    svg,
    `<ul class="legend">${legend}</ul>`,
    `<p class="muted">${embedLink(`${siteOrigin()}${localizedPath("/", locale)}`, t("source"))}</p>`,
  ].join("\n");
  return htmlResponse(embedPage({ title: t("mapTitle"), body, locale }));
});

export const OPTIONS = preflight;
