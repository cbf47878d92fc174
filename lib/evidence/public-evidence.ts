import type { EvidenceFormat, EvidenceKind, EvidenceVisibility, VerificationLevel } from "@/generated/prisma/enums";
import { supportsLevel } from "./evidence-kinds";

// What the public pages show of a record's documents: the public ones, each with what lets anyone check a
// copy (size, SHA-256), and what an action's verification level rests on. Restricted documents never leave
// here with their name, size or hash — only their kind, when a level rests on one.

/** The select a public read adds to an action or a statement. */
export const EVIDENCE_FOR_PUBLIC_SELECT = {
  orderBy: { attachedAt: "asc" },
  select: { kind: true, visibility: true, file: { select: { sha256: true, fileName: true, format: true, byteSize: true } } },
} as const;

type AttachedDocument = {
  kind: EvidenceKind;
  visibility: EvidenceVisibility;
  file: { sha256: string; fileName: string; format: EvidenceFormat; byteSize: number };
};

export type PublicEvidenceDocument = { kind: EvidenceKind; sha256: string; fileName: string; format: EvidenceFormat; byteSize: number };

/** What a verification badge says its level rests on. */
export type VerificationBasis =
  | { type: "document"; document: PublicEvidenceDocument }
  | { type: "restricted-document"; kind: EvidenceKind }
  | { type: "cited-source" }
  | { type: "nothing-recorded" };

export function publicEvidenceOf(documents: readonly AttachedDocument[]): PublicEvidenceDocument[] {
  return documents.filter((document) => document.visibility === "public").map((document) => ({ kind: document.kind, ...document.file }));
}

/**
 * The first document whose kind supports the level (a public one before a restricted one); else the web link
 * or document symbol the editor cited; else nothing.
 */
export function verificationBasisOf(
  level: VerificationLevel,
  documents: readonly AttachedDocument[],
  citedSource: { evidenceUrl: string | null; documentSymbol: string | null },
): VerificationBasis {
  const supporting = documents.filter((document) => supportsLevel(document.kind, level));
  const shown = supporting.find((document) => document.visibility === "public");
  if (shown) return { type: "document", document: { kind: shown.kind, ...shown.file } };
  if (supporting[0]) return { type: "restricted-document", kind: supporting[0].kind };
  if (citedSource.evidenceUrl || citedSource.documentSymbol) return { type: "cited-source" };
  return { type: "nothing-recorded" };
}
