import countries from "world-countries";
import type { ParticipantKind } from "@/generated/prisma/enums";
import type { Locale } from "./locales";
import type { TranslatedLocale } from "./translated-locales";

// A participant's name in each of the six UN languages. States' names come from maintained data, never a
// hand-kept list: CLDR through Intl.DisplayNames (Node ships full ICU), the UN's own short name in English
// (what the record holds). Organisations have no ISO code: administrators enter their names per language
// (lib/participants/save-participant-names.ts), and English is the fallback.

/** An organisation's names entered by administrators, by language. */
export type TranslatedNames = Partial<Record<TranslatedLocale, string>>;

export type NameableParticipant = {
  kind: ParticipantKind;
  /** The UN's English short name ("Russian Federation", "Türkiye"); the organisation's English name. */
  name: string;
  iso2: string | null;
  /** Organisations only; states' translations are not stored. */
  translatedNames?: TranslatedNames | null;
};

/** world-countries' three-letter language keys for the UN languages. */
const WORLD_COUNTRIES_LANGUAGE: Record<TranslatedLocale, "ara" | "zho" | "fra" | "rus" | "spa"> = {
  ar: "ara",
  zh: "zho",
  fr: "fra",
  ru: "rus",
  es: "spa",
};

/**
 * Codes for which CLDR names a territory rather than the state the UN seats: CLDR's "PS" is "Palestinian
 * Territories" in every language, while the UN's observer state is the State of Palestine. world-countries
 * names it "Palestine" (فلسطين, 巴勒斯坦, Палестина, Palestina), which is what a reader of the UN's lists expects.
 */
const WORLD_COUNTRIES_NAMED = new Set(["PS"]);

const displayNames = new Map<TranslatedLocale, Intl.DisplayNames>();

function regionNames(locale: TranslatedLocale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    displayNames.set(locale, names);
  }
  return names;
}

const worldCountryByIso2 = new Map(countries.map((country) => [country.cca2, country]));

/** A state's name in a language other than English, or undefined when no maintained source has it. */
export function stateNameIn(iso2: string, locale: TranslatedLocale): string | undefined {
  if (WORLD_COUNTRIES_NAMED.has(iso2)) {
    const translated = worldCountryByIso2.get(iso2)?.translations[WORLD_COUNTRIES_LANGUAGE[locale]]?.common;
    if (translated) return translated;
  }
  try {
    return regionNames(locale).of(iso2) ?? undefined;
  } catch {
    // Intl.DisplayNames throws on a malformed code: fall back to the English name rather than fail a page.
    return undefined;
  }
}

/** The participant's name as a reader of `locale` should see it; English whenever no translation is known. */
export function participantName(participant: NameableParticipant, locale: Locale): string {
  if (locale === "en") return participant.name;
  const translated =
    participant.kind === "organization"
      ? participant.translatedNames?.[locale]
      : participant.iso2
        ? stateNameIn(participant.iso2, locale)
        : undefined;
  return translated?.trim() || participant.name;
}
