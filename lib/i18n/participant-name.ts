import countries from "i18n-iso-countries";
import type { Locale } from "./locales";

// MINIMAL STAND-IN written by the exports helper so that exports can name participants in each language
// before the names helper's version lands (issue 16). Same signature; at merge, keep the names helper's
// file, which adds the UN's English short names and organisations' admin-entered names.
// States: CLDR's name through Intl.DisplayNames; English and organisations: the recorded (English) name.

const displayNames = new Map<Locale, Intl.DisplayNames>();

function regionNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" })));
  return names;
}

export function participantName(participant: { code: string; kind: string; name: string }, locale: Locale): string {
  if (locale === "en" || participant.kind !== "state") return participant.name;
  const alpha2 = countries.alpha3ToAlpha2(participant.code.toUpperCase());
  return (alpha2 && regionNames(locale).of(alpha2)) || participant.name;
}
