import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { applyBatchUndo } from "@/lib/change-batches/undo-change-batch";
import type { Transaction } from "@/lib/db";
import { attachStoredEvidence } from "@/lib/evidence/attach-evidence";
import { applyEvidenceVisibility } from "@/lib/evidence/change-evidence-visibility";
import { applyEvidenceDetach } from "@/lib/evidence/detach-evidence";
import { loadEvidenceRecord } from "@/lib/evidence/load-evidence-record";
import { removeUnusedEvidenceFiles } from "@/lib/evidence/remove-unused-evidence-files";
import { applyActionDeletion } from "@/lib/participant-actions/delete-action";
import { AppError } from "@/lib/errors";
import { CHANGED_SINCE_SHOWN } from "./load-review-subject";
import { PENDING_CHANGE_SELECT, readPendingChange } from "./pending-change";

/**
 * Makes an approved change, by the same code as the direct change, in the approval's transaction: the
 * audit entries name the reviewer as actor and the author as proposer, with the author's reason, so the
 * public history and the ledger record it as any other public change. The pending row goes first, so a
 * file it was keeping is judged by its new use alone.
 */
export async function applyPendingChange(tx: Transaction, reviewer: ActingUser, changeId: string): Promise<void> {
  const row = await tx.pendingChange.findUnique({ where: { id: changeId }, select: PENDING_CHANGE_SELECT });
  if (!row) throw new AppError("conflict", CHANGED_SINCE_SHOWN); // another reviewer decided it a moment ago
  const change = readPendingChange(row);
  await tx.pendingChange.delete({ where: { id: changeId } });
  const proposer = { id: change.proposedById, name: change.proposedByName };
  const reason = change.reason ?? "";
  switch (change.kind) {
    case "action-delete":
      return applyActionDeletion(tx, reviewer, {
        id: change.recordId,
        reason,
        baseVersion: change.payload.baseVersion,
        proposedByName: proposer.name,
      });
    case "batch-undo":
      await applyBatchUndo(tx, reviewer, { batchId: change.recordId, reason, proposer });
      return;
    case "evidence-attach": {
      const { kind, visibility, sha256 } = change.payload.document;
      const record = await loadEvidenceRecord(tx, change.recordType === "statement" ? "statement" : "action", change.recordId);
      return attachStoredEvidence(tx, reviewer, { record, sha256, kind, visibility, proposer });
    }
    case "evidence-detach":
      return applyEvidenceDetach(tx, reviewer, { documentId: change.payload.documentId, reason, proposedByName: proposer.name });
    case "evidence-visibility":
      return applyEvidenceVisibility(tx, reviewer, {
        documentId: change.payload.documentId,
        from: change.payload.document.visibility,
        visibility: change.payload.visibility,
        reason: change.reason,
        proposedByName: proposer.name,
      });
  }
}

/** "Return with comment" on a change: it is discarded, and a file only it was keeping goes with it. */
export async function discardPendingChange(tx: Transaction, changeId: string): Promise<number> {
  const change = await tx.pendingChange.findUnique({ where: { id: changeId }, select: { sha256: true } });
  if (!change) return 0;
  await tx.pendingChange.delete({ where: { id: changeId } });
  if (change.sha256) await removeUnusedEvidenceFiles(tx, [change.sha256]);
  return 1;
}
