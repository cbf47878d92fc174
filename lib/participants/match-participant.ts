import { distance } from "fastest-levenshtein";
import { messageKey } from "@/lib/i18n/message-key";
import { aliasesOfState, normaliseName } from "./participant-names";

// One way of finding a participant from what someone typed or a spreadsheet holds, used by every form
// (resolve-participant.ts) and by the import. Tiers, first match wins, so a name that is one
// participant's own name is never made ambiguous by another's alias ("Congo" is the UN's name of the
// Republic of the Congo, and only an alias of the Democratic Republic):
//   1. a code: ours ("kaz", "turkic-council"), ISO alpha-3 or alpha-2, any case;
//   2. the participant's own names in the record: UN name, common name, formal name;
//   3. aliases from maintained data (participant-names.ts).
// Nothing found, or two participants in the same tier: the closest names are offered instead.

export type MatchableParticipant = {
  id: string;
  code: string;
  name: string;
  commonName: string | null;
  formalName: string | null;
  iso2: string | null;
  iso3: string | null;
};

export type ParticipantMatch<P extends MatchableParticipant> =
  { ok: true; participant: P } | { ok: false; problem: "unknown" | "ambiguous"; candidates: P[] };

type Index<P> = Map<string, Set<P>>;

function add<P>(index: Index<P>, key: string, participant: P) {
  if (!key) return;
  const entry = index.get(key);
  if (entry) entry.add(participant);
  else index.set(key, new Set([participant]));
}

const MAX_CANDIDATES = 3;

export function createParticipantMatcher<P extends MatchableParticipant>(participants: readonly P[]) {
  const tiers: Index<P>[] = [new Map<string, Set<P>>(), new Map<string, Set<P>>(), new Map<string, Set<P>>()];
  const [codes, ownNames, aliases] = tiers as [Index<P>, Index<P>, Index<P>];
  /** Every name of each participant, for suggesting the closest when nothing matches. */
  const namesOf = new Map<P, string[]>();
  for (const participant of participants) {
    for (const code of [participant.code, participant.iso2, participant.iso3]) if (code) add(codes, code.toLowerCase(), participant);
    const own = [participant.name, participant.commonName, participant.formalName].filter((name) => name !== null).map(normaliseName);
    for (const name of own) add(ownNames, name, participant);
    const alias = participant.iso3 && participant.iso2 ? aliasesOfState(participant.iso3, participant.iso2) : [];
    for (const name of alias) add(aliases, name, participant);
    namesOf.set(participant, [...new Set([...own, ...alias])]);
  }

  /** The participants whose names are nearest to the text: shared words first, then edit distance. */
  function closest(text: string): P[] {
    const words = new Set(text.split(" "));
    const scored = participants.map((participant) => {
      let best = Number.POSITIVE_INFINITY;
      for (const name of namesOf.get(participant) ?? []) {
        const shared = name.split(" ").filter((word) => word.length > 2 && words.has(word)).length;
        const score = distance(text, name) / Math.max(text.length, name.length) - shared;
        best = Math.min(best, score);
      }
      return { participant, score: best };
    });
    // A name sharing a word with the text beats any spelling that merely looks alike ("Korea": not Norway).
    const sharesAWord = scored.some(({ score }) => score < 0);
    return scored
      .filter(({ score }) => (sharesAWord ? score < 0 : score < 0.5))
      .sort((a, b) => a.score - b.score)
      .slice(0, MAX_CANDIDATES)
      .map(({ participant }) => participant);
  }

  return function matchParticipant(text: string): ParticipantMatch<P> {
    const trimmed = text.trim();
    const normalised = normaliseName(trimmed);
    const keys = [trimmed.toLowerCase(), normalised];
    for (const [tier, index] of tiers.entries()) {
      const found = new Set<P>();
      for (const key of tier === 0 ? keys : [normalised]) for (const participant of index.get(key) ?? []) found.add(participant);
      if (found.size === 1) return { ok: true, participant: [...found][0]! };
      if (found.size > 1) return { ok: false, problem: "ambiguous", candidates: [...found].slice(0, MAX_CANDIDATES) };
    }
    return { ok: false, problem: "unknown", candidates: normalised ? closest(normalised) : [] };
  };
}

/** How a participant is named in a suggestion: "Czechia (CZE)". */
export function describeParticipant(participant: MatchableParticipant): string {
  return `${participant.name} (${participant.iso3 ?? participant.code})`;
}

/** The message for a name that matched no participant, or several, naming the closest matches. */
export function unmatchedParticipantMessage(text: string, match: Exclude<ParticipantMatch<MatchableParticipant>, { ok: true }>): string {
  const shown = text.trim().slice(0, 60);
  const suggestions = match.candidates.map(describeParticipant).join(", ");
  if (match.problem === "ambiguous") return messageKey("validation.participants.ambiguous", { text: shown, suggestions });
  if (!shown) return messageKey("validation.participants.enter");
  return suggestions
    ? messageKey("validation.participants.noMatchClosest", { text: shown, suggestions })
    : messageKey("validation.participants.noMatch", { text: shown });
}
