import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { Prisma } from "@/generated/prisma/client";
import type { ActionKind } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isJoiningAction, joiningActionFilter } from "./action-kinds";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

// A participant has at most one signature or accession and at most one withdrawal per instrument (partial
// unique indexes in the first migration enforce it too). These checks turn the rule into messages that
// say which record already exists, before anything is written.

/**
 * Refuses a second signature/accession (or withdrawal) for the participant, naming the existing one, and a
 * withdrawal from a participant that never joined. `exceptId` is the record being corrected.
 */
export async function assertOneActiveAction(
  db: Database,
  instrumentId: string,
  participant: { id: string; name: string },
  action: ActionKind,
  exceptId?: string,
): Promise<void> {
  const others = { instrumentId, participantId: participant.id, ...(exceptId ? { id: { not: exceptId } } : {}) };
  const joining = isJoiningAction(action);
  const existing = await db.participantAction.findFirst({
    where: { ...others, action: joining ? joiningActionFilter() : "withdrawal" },
    select: { id: true, action: true },
  });
  if (existing) {
    const values = { participant: participant.name, kind: existing.action };
    throw new AppError(
      "conflict",
      messageKey("validation.signature.alreadyRecorded", values),
      { participant: messageKey("validation.signature.alreadyRecordedField", values) },
      { existingActionId: existing.id },
    );
  }
  if (!joining) {
    // The record being corrected does not count: turning a signature into a withdrawal leaves nothing to withdraw from.
    const joined = await db.participantAction.findFirst({ where: { ...others, action: joiningActionFilter() }, select: { id: true } });
    if (!joined) {
      throw new AppError("validation", CHECK_THE_FIELDS, {
        action: messageKey("validation.signature.nothingToWithdraw", { participant: participant.name }),
      });
    }
  }
}

/** A write refused by one of those unique indexes: another editor recorded the same participant meanwhile. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
