import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { loadEvidenceDocumentForChange } from "./load-evidence-document";
import { loadEvidenceRecord, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { evidenceVisibilitySchema, PUBLIC_CHANGE_NEEDS_REASON } from "./schema";

/**
 * Makes a document public or restricted. On a published record this changes what the public may download,
 * so it needs a reason, shown in the public history. (A copy downloaded while it was public stays out there.)
 */
export async function changeEvidenceVisibility(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ record: EvidenceRecord }> {
  const user = requireUser(actor);
  const parsed = evidenceVisibilitySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "The visibility was not changed.", fieldErrorsOf(parsed.error));
  const { documentId, visibility, reason } = parsed.data;
  const { document, record: found } = await loadEvidenceDocumentForChange(db, user, documentId);
  if (found.status === "published" && !reason)
    throw new AppError("validation", "The visibility was not changed.", { reason: PUBLIC_CHANGE_NEEDS_REASON });
  if (document.visibility === visibility) return { record: found };

  return db.$transaction(async (tx) => {
    const record = await loadEvidenceRecord(tx, found.type, found.id);
    const { count } = await tx.evidenceDocument.updateMany({
      where: { id: document.id, visibility: document.visibility },
      data: { visibility },
    });
    if (count === 0)
      throw new AppError("conflict", "Someone else changed this document after you opened the page. Reload it and try again.");
    await recordEvidenceChange(tx, {
      actor: user,
      action: "evidence.visibility",
      record,
      before: evidenceSnapshot(document),
      after: evidenceSnapshot({ ...document, visibility }),
      reason,
    });
    return { record };
  });
}
