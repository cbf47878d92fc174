import "server-only";
import type { Transaction } from "@/lib/db";

/**
 * Deletes the stored files (and their bytes) that no record uses any more and no change waiting for review
 * would attach. Called in the transaction that detached or deleted their last use, or discarded the
 * proposal, so a removed restricted document does not linger in the database.
 */
export async function removeUnusedEvidenceFiles(tx: Transaction, sha256s: readonly string[]): Promise<void> {
  if (sha256s.length === 0) return;
  await tx.evidenceFile.deleteMany({ where: { sha256: { in: [...sha256s] }, documents: { none: {} }, pendingChanges: { none: {} } } });
}
