import "server-only";
import { toSignatoryItem } from "@/lib/api/to-public-shapes";
import { citeVersion } from "@/lib/citation/cite-version";
import type { Database } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { publishedActionOf } from "@/lib/ledger/published-at-revision";
import { getRecordAtRevision } from "@/lib/ledger/read-ledger";
import { readLedger } from "@/lib/ledger/read-ledger-entries";
import { participantStatus } from "@/lib/participants/participant-status";
import { PUBLIC_PARTICIPANT_SELECT } from "@/lib/participants/public-participant";
import { comparePublishedActions } from "@/lib/signatories/list-published-actions";
import type { DataPackageInput } from "./build-data-package";

/**
 * Everything the data package holds, at `revision` or the current one — always rebuilt from the ledger,
 * so that the package of a revision is the same whenever it is asked for, and its ledger.csv replays to
 * exactly its signatories.csv and statements.csv.
 */
export async function loadDataPackage(db: Database, origin: string, revision?: number): Promise<DataPackageInput> {
  const version = await getRecordVersion(db, revision);
  const [instrument, record, ledger, participants] = await Promise.all([
    getInstrument(db),
    getRecordAtRevision(db, version.revision),
    readLedger(db, version.revision),
    db.participant.findMany({ select: PUBLIC_PARTICIPANT_SELECT, orderBy: { code: "asc" } }),
  ]);
  const actions = record.actions.map((entity) => publishedActionOf(entity.record)).sort(comparePublishedActions("name", "asc"));
  const citation = citeVersion({
    title: `${instrument.title}: data package`,
    url: `${origin}/api/v1/datapackage.zip`,
    revision: version.revision,
    ledgerHead: version.ledgerHead,
    publishedAt: version.publishedAt,
  });
  return {
    origin,
    instrument,
    version,
    citation,
    signatories: actions.map(toSignatoryItem),
    participants: participants.map((participant) => ({
      code: participant.code,
      iso2: participant.iso2,
      iso3: participant.iso3,
      iso_numeric: participant.isoNumeric,
      name: participant.name,
      kind: participant.kind,
      un_status: participant.unStatus,
      region: participant.region,
      subregion: participant.subregion,
      status: participantStatus(actions.filter((action) => action.code === participant.code)),
    })),
    statements: record.statements
      .map((entity) => entity.record)
      .sort((a, b) => a.code.localeCompare(b.code) || (a.madeOn ?? "").localeCompare(b.madeOn ?? "") || a.text.localeCompare(b.text)),
    ledger,
  };
}
