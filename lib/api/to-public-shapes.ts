import type { ParticipantRecord } from "@/lib/participants/get-participant-record";
import type { ParticipantDetail } from "./schema";

const VERIFICATION_NAMES = { depositary: "depositary", official_statement: "official-statement", press_report: "press-report" } as const;
const STATEMENT_KIND_NAMES = { declaration: "declaration", reservation: "reservation", implementation_note: "implementation-note" } as const;

/** The public record of one participant without internal ids: the database's enum names become the public ones. */
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
      action: action.action,
      date: action.datePrecision === "unknown" ? null : action.date,
      datePrecision: action.datePrecision,
      place: action.place,
      signerName: action.signerName,
      signerTitle: action.signerTitle,
      verification: VERIFICATION_NAMES[action.verification],
      evidenceUrl: action.evidenceUrl,
      evidenceDescription: action.evidenceDescription,
      documentSymbol: action.documentSymbol,
      notes: action.notes,
    })),
    statements: record.statements.map((statement) => ({
      kind: STATEMENT_KIND_NAMES[statement.kind],
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
