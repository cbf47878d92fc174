import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { documentsOf, loadEvidenceRecord } from "./load-evidence-record";
import type { EvidenceRecordType } from "./schema";

/** Every document of one record, restricted ones included, for an editor whose scope covers it. */
export async function listRecordEvidence(db: Database, actor: ActingUser | null, type: EvidenceRecordType, id: string) {
  const user = requireUser(actor);
  const record = await loadEvidenceRecord(db, type, id);
  requireParticipantScope(user, record.participant.id, record.participant.name);
  const documents = await db.evidenceDocument.findMany({
    where: documentsOf(type, id),
    orderBy: { attachedAt: "asc" },
    select: {
      id: true,
      kind: true,
      visibility: true,
      attachedAt: true,
      attachedBy: { select: { name: true } },
      file: {
        select: { sha256: true, fileName: true, format: true, byteSize: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
      },
    },
  });
  return { record, documents };
}

export type RecordEvidence = Awaited<ReturnType<typeof listRecordEvidence>>;
export type EditorEvidenceDocument = RecordEvidence["documents"][number];
