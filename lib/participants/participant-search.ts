import countries from "world-countries";
import { participantName, stateNameIn, type NameableParticipant } from "@/lib/i18n/participant-name";
import { TRANSLATED_LOCALES } from "@/lib/i18n/translated-locales";
import { LOCALES } from "@/lib/i18n/locales";
import { aliasesOfState, normaliseName } from "./participant-names";

// The `q` search of the signatory list, the open API and every export (one function, used by the live
// list and by past revisions alike): a participant is found by any of its names in the six UN languages,
// whatever the accents and case. "turkiye", "Turkey", "Türkiye", "Турция" and "土耳其" all find Türkiye:
// "Turkey" is the ISO English name (i18n-iso-countries) and in world-countries' spellings ("Republic of Turkey").

export type SearchableParticipant = NameableParticipant & {
  iso3: string | null;
  commonName?: string | null;
  formalName?: string | null;
};

const WORLD_COUNTRIES_LANGUAGES = ["ara", "zho", "fra", "rus", "spa"] as const;
const worldCountryByIso3 = new Map(countries.map((country) => [country.cca3, country]));

/** A state's names in the other five languages: CLDR's, and world-countries' common and official ones. */
function translatedStateNames(iso3: string, iso2: string): string[] {
  const translations = worldCountryByIso3.get(iso3)?.translations;
  return [
    ...TRANSLATED_LOCALES.map((locale) => stateNameIn(iso2, locale) ?? ""),
    ...WORLD_COUNTRIES_LANGUAGES.flatMap((language) => [translations?.[language]?.common ?? "", translations?.[language]?.official ?? ""]),
  ];
}

// States' names are reference data that never change while the server runs: normalised once per state.
const stateNamesByIso3 = new Map<string, string[]>();

function stateSearchNames(iso3: string, iso2: string): string[] {
  let names = stateNamesByIso3.get(iso3);
  if (!names) {
    names = [...aliasesOfState(iso3, iso2), ...translatedStateNames(iso3, iso2).map(normaliseName)];
    stateNamesByIso3.set(iso3, names);
  }
  return names;
}

/** Every name the participant is found by, normalised (accents, case and punctuation removed). */
export function searchNamesOf(participant: SearchableParticipant): string[] {
  const own = [
    participant.name,
    participant.commonName ?? "",
    participant.formalName ?? "",
    ...LOCALES.map((locale) => participantName(participant, locale)),
  ].map(normaliseName);
  const reference =
    participant.kind === "state" && participant.iso3 && participant.iso2 ? stateSearchNames(participant.iso3, participant.iso2) : [];
  return [...new Set([...own, ...reference])].filter((name) => name.length > 0);
}

/**
 * Whether a search text finds the participant: part of any of its names in any of the six languages, or
 * exactly its ISO code (alpha-3 or alpha-2). A text with nothing searchable in it (only punctuation) finds nothing.
 */
export function matchesParticipantQuery(participant: SearchableParticipant, query: string): boolean {
  const code = query.trim().toUpperCase();
  if (code && (code === participant.iso3 || code === participant.iso2)) return true;
  const needle = normaliseName(query);
  if (!needle) return false;
  return searchNamesOf(participant).some((name) => name.includes(needle));
}
