import countries from "world-countries";
import type { SearchableParticipant } from "@/lib/participants/participant-search";

/** The UN's member and observer states as participants, from world-countries (tests of names and search). */
export function unMemberStates(): (SearchableParticipant & { iso2: string; iso3: string })[] {
  return countries
    .filter((country) => country.unMember || country.cca3 === "VAT" || country.cca3 === "PSE")
    .map((country) => ({
      kind: "state",
      name: country.name.common,
      commonName: country.name.common,
      formalName: country.name.official,
      iso2: country.cca2,
      iso3: country.cca3,
    }));
}
