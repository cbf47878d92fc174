import "server-only";
import type { EvidenceFormat } from "@/generated/prisma/enums";
import { canEditParticipant, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import type { PendingChangePayload } from "@/lib/review/pending-change";

export type EvidenceDownload = {
  sha256: string;
  format: EvidenceFormat;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Anyone may have it (a public document of a published record), so shared caches may keep it. */
  isPublic: boolean;
};

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The stored bytes behind /evidence/<sha256>, or null — one answer for "no such file" and "not yours to
 * see", so the address tells nothing about restricted documents. Anyone gets a file attached as public to
 * a published record; a signed-in editor also gets the documents of the participants in their scope,
 * restricted ones and those of drafts included, and a file a change waiting for review would attach to
 * one of their records (so a reviewer can read what they approve).
 */
export async function getEvidenceDownload(db: Database, actor: ActingUser | null, sha256: string): Promise<EvidenceDownload | null> {
  if (!SHA256.test(sha256)) return null;
  const file = await db.evidenceFile.findUnique({
    where: { sha256 },
    select: {
      format: true,
      fileName: true,
      documents: {
        select: {
          visibility: true,
          action: { select: { status: true, participantId: true } },
          statement: { select: { status: true, participantId: true } },
        },
      },
      pendingChanges: { select: { payload: true } },
    },
  });
  if (!file) return null;
  const records = file.documents.map((document) => ({ visibility: document.visibility, record: document.action ?? document.statement }));
  const isPublic = records.some(({ visibility, record }) => visibility === "public" && record?.status === "published");
  const proposedFor = file.pendingChanges.flatMap((change) => (JSON.parse(change.payload) as PendingChangePayload).participants);
  const isEditorsOwn =
    actor !== null &&
    (records.some(({ record }) => record && canEditParticipant(actor, record.participantId)) ||
      proposedFor.some((participant) => canEditParticipant(actor, participant.id)));
  if (!isPublic && !isEditorsOwn) return null;
  const content = await db.evidenceContent.findUnique({ where: { sha256 }, select: { bytes: true } });
  if (!content) return null;
  return { sha256, format: file.format, fileName: file.fileName, bytes: content.bytes, isPublic };
}
