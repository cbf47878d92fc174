import countries from "world-countries";
import type { Locale } from "@/lib/i18n/locales";
import { stateNameIn } from "@/lib/i18n/participant-name";
import { isTranslatedLocale } from "@/lib/i18n/translated-locales";
import type { WorldShape } from "./world-shapes";

// An outline with no participant behind it (Taiwan, Western Sahara, Greenland …) is named from the atlas,
// in English; in another language, from CLDR by its ISO code when it has one. Outlines without a code
// (Kosovo, Somaliland, Northern Cyprus) keep the atlas's name.

const iso2ByIsoNumeric = new Map(countries.map((country) => [country.ccn3, country.cca2]));

export function shapeName(shape: WorldShape, locale: Locale): string {
  if (!isTranslatedLocale(locale) || !shape.isoNumeric) return shape.atlasName;
  const iso2 = iso2ByIsoNumeric.get(shape.isoNumeric);
  return (iso2 && stateNameIn(iso2, locale)) || shape.atlasName;
}
