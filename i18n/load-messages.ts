import api from "@/messages/en/api.json";
import common from "@/messages/en/common.json";
import editor from "@/messages/en/editor.json";
import evidence from "@/messages/en/evidence.json";
import exportsArea from "@/messages/en/exports.json";
import intake from "@/messages/en/import.json";
import ledger from "@/messages/en/ledger.json";
import publicSite from "@/messages/en/public.json";
import validation from "@/messages/en/validation.json";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// One file per area of the site (messages/<locale>/<area>.json) so that work on the editor and on the public
// pages does not collide in one large file. English is complete; another locale's file overrides it key by
// key, so a string not translated yet shows in English rather than as a missing key.

const ENGLISH = { api, common, editor, evidence, exports: exportsArea, import: intake, ledger, public: publicSite, validation };
type Area = keyof typeof ENGLISH;
type Messages = { [key: string]: string | Messages };

async function loadArea(locale: Locale, area: Area): Promise<Messages> {
  if (locale === DEFAULT_LOCALE) return ENGLISH[area];
  try {
    const translated = (await import(`../messages/${locale}/${area}.json`)) as { default: Messages };
    return mergeOver(ENGLISH[area], translated.default);
  } catch {
    return ENGLISH[area]; // that area is not translated yet
  }
}

function mergeOver(base: Messages, override: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const under = base[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? mergeOver(under, value) : value;
  }
  return merged;
}

/**
 * The namespaces the site reads, for one locale. Evidence documents (evidence.json) join the namespaces their
 * pages already use: editor.evidence (which the editor's layout hands to its client components),
 * public.evidence, the verification field's help in the action form, and the names of their changes in a
 * participant's public history. The import and ceremony strings (import.json) live under the editor's
 * namespace too (editor.import, editor.ceremony, and their links in editor.nav).
 */
export async function loadMessages(locale: Locale) {
  const areas = Object.fromEntries(
    await Promise.all((Object.keys(ENGLISH) as Area[]).map(async (area) => [area, await loadArea(locale, area)] as const)),
  ) as unknown as typeof ENGLISH;
  const { editor, evidence, import: intake, public: publicSite } = areas;
  return {
    common: areas.common,
    api: areas.api,
    ledger: areas.ledger,
    exports: areas.exports,
    validation: areas.validation,
    editor: {
      ...editor,
      nav: { ...editor.nav, ...intake.nav },
      import: intake.import,
      ceremony: intake.ceremony,
      evidence: { ...evidence.editor, statementPage: evidence.statementPage },
      signature: { ...editor.signature, ...evidence.signatureForm },
    },
    public: {
      ...publicSite,
      evidence: evidence.public,
      participant: {
        ...publicSite.participant,
        historyAction: { ...publicSite.participant.historyAction, evidence: evidence.historyAction },
      },
    },
  };
}
