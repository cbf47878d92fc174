import type { ParticipantAction } from "@/generated/prisma/client";
import type { EvidenceFormat, EvidenceKind } from "@/generated/prisma/enums";
import type { PublicEvidenceDocument, VerificationBasis } from "@/lib/evidence/public-evidence";
import type { ParticipantRecord } from "@/lib/participants/get-participant-record";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";
import { publicName, type PublicName } from "./public-names";
import type { ParticipantDetail, SignatoryItem } from "./schema";

// Records as the open data publishes them: no internal ids, the published spelling of enum values, and
// no date where its precision says it is unknown.

type PublicActionSource = Pick<
  ParticipantAction,
  "action" | "date" | "datePrecision" | "place" | "signerName" | "signerTitle" | "verification" | "evidenceUrl" | "documentSymbol"
>;

/** An action's public fields, in the signatory list's column order. */
export function toPublicAction(action: PublicActionSource) {
  return {
    action: action.action,
    date: action.datePrecision === "unknown" ? null : action.date,
    datePrecision: action.datePrecision,
    place: action.place,
    signerName: action.signerName,
    signerTitle: action.signerTitle,
    verification: publicName(action.verification),
    evidenceUrl: action.evidenceUrl,
    documentSymbol: action.documentSymbol,
  };
}

/** A row of the signatory list as the API and every export show it. */
export function toSignatoryItem(row: PublishedAction): SignatoryItem {
  return {
    code: row.code,
    iso2: row.iso2,
    iso3: row.iso3,
    name: row.name,
    kind: row.kind,
    region: row.region,
    subregion: row.subregion,
    ...toPublicAction(row),
  };
}

/** The public record of one participant. */
export function toParticipantDetail(
  record: ParticipantRecord,
  context: { instrument: ParticipantDetail["instrument"]; url: string; now: Date },
): ParticipantDetail {
  const { participant } = record;
  return {
    instrument: context.instrument,
    generatedAt: context.now.toISOString(),
    participant: {
      code: participant.code,
      name: participant.name,
      kind: participant.kind,
      iso2: participant.iso2,
      iso3: participant.iso3,
      unStatus: participant.unStatus,
      region: participant.region,
      subregion: participant.subregion,
      commonName: participant.commonName,
      formalName: participant.formalName,
      isoNumeric: participant.isoNumeric,
    },
    status: record.status,
    url: context.url,
    actions: record.actions.map((action) => ({
      ...toPublicAction(action),
      evidenceDescription: action.evidenceDescription,
      notes: action.notes,
      documents: action.documents.map(toDocumentRecord),
      verificationBasis: toVerificationBasisRecord(action.verificationBasis),
    })),
    statements: record.statements.map((statement) => ({
      kind: publicName(statement.kind),
      text: statement.text,
      madeOn: statement.madeOn,
      sourceUrl: statement.sourceUrl,
      commitmentNumbers: statement.commitmentNumbers,
      documents: statement.documents.map(toDocumentRecord),
    })),
    history: record.history.map((entry) => ({
      at: entry.at.toISOString(),
      actorName: entry.actorName,
      action: entry.action,
      reason: entry.reason,
      changedFields: entry.changedFields,
    })),
  };
}

/** A public evidence document as the ledger keeps it: what lets anyone check a copy, never the bytes. */
export type DocumentRecord = Omit<PublicEvidenceDocument, "kind" | "format"> & {
  kind: PublicName<EvidenceKind>;
  format: PublicName<EvidenceFormat>;
};
export type VerificationBasisRecord =
  | { type: "document"; document: DocumentRecord }
  | { type: "restricted-document"; kind: PublicName<EvidenceKind> }
  | { type: "cited-source" }
  | { type: "nothing-recorded" };

export function toDocumentRecord(document: PublicEvidenceDocument): DocumentRecord {
  return { ...document, kind: publicName(document.kind), format: publicName(document.format) };
}

export function toVerificationBasisRecord(basis: VerificationBasis): VerificationBasisRecord {
  if (basis.type === "document") return { type: "document", document: toDocumentRecord(basis.document) };
  if (basis.type === "restricted-document") return { type: "restricted-document", kind: publicName(basis.kind) };
  return basis;
}

/** A ledger document back in the shapes the pages render (Prisma's spelling of the enums). */
export function fromDocumentRecord(document: DocumentRecord): PublicEvidenceDocument {
  return {
    ...document,
    kind: document.kind.replaceAll("-", "_") as EvidenceKind,
    format: document.format.replaceAll("-", "_") as EvidenceFormat,
  };
}

export function fromVerificationBasisRecord(basis: VerificationBasisRecord): VerificationBasis {
  if (basis.type === "document") return { type: "document", document: fromDocumentRecord(basis.document) };
  if (basis.type === "restricted-document") return { type: "restricted-document", kind: basis.kind.replaceAll("-", "_") as EvidenceKind };
  return basis;
}
