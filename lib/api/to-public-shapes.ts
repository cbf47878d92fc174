import type { ParticipantAction } from "@/generated/prisma/client";
import type { ParticipantRecord } from "@/lib/participants/get-participant-record";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";
import { publicName } from "./public-names";
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
    })),
    statements: record.statements.map((statement) => ({
      kind: publicName(statement.kind),
      text: statement.text,
      madeOn: statement.madeOn,
      sourceUrl: statement.sourceUrl,
      commitmentNumbers: statement.commitmentNumbers,
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
