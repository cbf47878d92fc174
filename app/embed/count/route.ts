// GET /embed/count?lang=fr — the number of signatories as a tiny HTML page any site may frame (no
// JavaScript), in English or the language asked for
import { getTranslations } from "next-intl/server";
import { preflight, publicGet } from "@/lib/api/http";
import { db } from "@/lib/db";
import { formatDay } from "@/lib/dates/format-date";
import { todayIso } from "@/lib/dates/partial-date";
import { embedLink, embedPage, htmlResponse } from "@/lib/embeds/embed-page";
import { escapeXml } from "@/lib/feeds/atom-document";
import { siteOrigin } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";
import { countSignatories } from "@/lib/signatories/count-signatories";

export const GET = publicGet(async (_request, { lang }) => {
  const locale = lang ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "ledger.embed" });
  const instrument = await getInstrument(db);
  const version = await getRecordVersion(db);
  const [count, standings] = await Promise.all([countSignatories(db, instrument.id), listParticipantStatuses(db, instrument.id)]);
  const unTotal = standings.filter((participant) => participant.unStatus === "member").length;
  const origin = siteOrigin();
  const body = [
    `<p class="figure">${count.total}</p>`,
    `<p>${escapeXml(t("count", { total: count.total }))}</p>`,
    `<p class="muted">${escapeXml(t("split", { states: count.states, organizations: count.organizations, unMembers: count.unMemberStates, unTotal }))}</p>`,
    `<p class="muted">${escapeXml(t("asOf", { revision: version.revision, date: formatDay(todayIso(), locale) }))}</p>`,
    `<p class="muted">${embedLink(`${origin}${localizedPath("/signatories", locale)}`, t("source"))}</p>`,
  ].join("\n");
  return htmlResponse(embedPage({ title: t("countTitle"), body, locale }));
});

export const OPTIONS = preflight;
