import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import type { VerificationLevel } from "@/generated/prisma/enums";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEPOSITARY_KINDS } from "./evidence-kinds";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * Verification follows the evidence: an action is a "Depositary record" only while a signed instrument (the
 * signed page, or the signed letter of accession or withdrawal) is attached to it, public or restricted.
 * Called by every save of an action — a new one has no documents yet, so it is saved at another level
 * first — inside the saving transaction, so that a document detached meanwhile cannot slip through.
 */
export async function assertVerificationSupported(
  db: Database | Transaction,
  actionId: string | null,
  level: VerificationLevel,
): Promise<void> {
  if (level !== "depositary") return;
  const supporting = actionId ? await db.evidenceDocument.count({ where: { actionId, kind: { in: DEPOSITARY_KINDS } } }) : 0;
  if (supporting > 0) return;
  throw new AppError("validation", CHECK_THE_FIELDS, {
    verification: actionId
      ? messageKey("validation.evidence.depositaryNeedsDocument")
      : messageKey("validation.evidence.depositaryNeedsSavedRecord"),
  });
}
