import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { PENDING_CHANGE_SELECT, readPendingChange, type PendingChangeKind } from "./pending-change";

export type RecordPendingChange = { id: string; kind: PendingChangeKind; proposedByName: string; fileName: string | null };

/**
 * The changes to one record waiting for review, oldest first, for its editor page: so that whoever opens it
 * knows the public still sees it as it was, and why. The page has already checked the viewer's scope.
 */
export async function listRecordPendingChanges(db: Database, actor: ActingUser | null, recordId: string): Promise<RecordPendingChange[]> {
  requireUser(actor);
  const rows = await db.pendingChange.findMany({ where: { recordId }, orderBy: { createdAt: "asc" }, select: PENDING_CHANGE_SELECT });
  return rows.map(readPendingChange).map((change) => ({
    id: change.id,
    kind: change.kind,
    proposedByName: change.proposedByName,
    fileName: "document" in change.payload ? change.payload.document.fileName : null,
  }));
}
