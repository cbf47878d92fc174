import type { EvidenceKind, VerificationLevel } from "@/generated/prisma/enums";

// What each kind of evidence document can support. "Depositary record" is the highest level and rests only
// on the signed instrument itself: the page of the Code bearing the signature, or the signed letter by which a
// participant acceded or withdrew. A note verbale, a letter or an official publication of the participant is
// its official statement; a press article is a press report. An action may be marked at a level only when
// the editor can point at what it rests on; lib/evidence/assert-verification-supported.ts enforces it for
// "Depositary record", the one level that cannot rest on a web link alone.

export const LEVEL_SUPPORTED_BY_KIND = {
  signed_instrument: "depositary",
  note_verbale: "official_statement",
  letter: "official_statement",
  official_publication: "official_statement",
  press_article: "press_report",
} as const satisfies Record<EvidenceKind, VerificationLevel>;

/** The kinds of document that can carry "Depositary record". */
export const DEPOSITARY_KINDS = (Object.keys(LEVEL_SUPPORTED_BY_KIND) as EvidenceKind[]).filter(
  (kind) => LEVEL_SUPPORTED_BY_KIND[kind] === "depositary",
);

export function supportsLevel(kind: EvidenceKind, level: VerificationLevel): boolean {
  return LEVEL_SUPPORTED_BY_KIND[kind] === level;
}
