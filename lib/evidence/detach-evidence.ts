import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { DEPOSITARY_KINDS, supportsLevel } from "./evidence-kinds";
import { loadEvidenceDocumentForChange } from "./load-evidence-document";
import { loadEvidenceRecord, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { removeUnusedEvidenceFiles } from "./remove-unused-evidence-files";
import { detachEvidenceSchema } from "./schema";

/**
 * Removes a document from its record, with a reason kept in the history, and deletes the stored file when no
 * other record uses it. Refused when the document is the last signed instrument a "Depositary record" rests on.
 */
export async function detachEvidence(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ record: EvidenceRecord }> {
  const user = requireUser(actor);
  const parsed = detachEvidenceSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "The document was not removed.", fieldErrorsOf(parsed.error));
  const { documentId, reason } = parsed.data;
  const { document, record: found } = await loadEvidenceDocumentForChange(db, user, documentId);

  return db.$transaction(async (tx) => {
    const record = await loadEvidenceRecord(tx, found.type, found.id);
    if (record.verification === "depositary" && supportsLevel(document.kind, "depositary")) {
      const others = await tx.evidenceDocument.count({
        where: { actionId: record.id, kind: { in: DEPOSITARY_KINDS }, id: { not: document.id } },
      });
      if (others === 0) {
        throw new AppError(
          "conflict",
          "The document was not removed: it is the signed instrument this Depositary record rests on. Change the record's verification level first, or attach another signed instrument.",
        );
      }
    }
    const { count } = await tx.evidenceDocument.deleteMany({ where: { id: document.id } });
    if (count === 0) throw new AppError("not_found", "This document is no longer attached: someone may have removed it. Reload the page.");
    await removeUnusedEvidenceFiles(tx, [document.file.sha256]);
    await recordEvidenceChange(tx, { actor: user, action: "evidence.detach", record, before: evidenceSnapshot(document), reason });
    return { record };
  });
}
