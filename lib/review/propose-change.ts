import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import {
  AUDIT_ENTITY_OF_RECORD,
  returnedChangeKey,
  type PendingChangeKind,
  type PendingChangePayload,
  type PendingChangeRecordType,
} from "./pending-change";

/**
 * Keeps a change to a published record beside it until another editor approves it, while review is
 * required: the public, the API, the exports and the ledger keep what is published. Called by the domain
 * function of the change, inside its transaction, after it authorized the proposer and checked that the
 * change could be made now. The same change proposed twice is refused; proposing it again after a return
 * takes the return off the author's dashboard.
 */
export async function proposeChange<Kind extends PendingChangeKind>(
  tx: Transaction,
  user: ActingUser,
  change: {
    kind: Kind;
    recordType: PendingChangeRecordType;
    recordId: string;
    payload: PendingChangePayload<Kind>;
    reason: string | null;
    sha256?: string;
  },
): Promise<void> {
  const { kind, recordType, recordId, payload, reason } = change;
  const waiting = await tx.pendingChange.findMany({ where: { kind, recordId }, select: { payload: true, sha256: true } });
  const target = (value: { sha256: string | null; payload: string }) =>
    `${value.sha256 ?? ""}:${(JSON.parse(value.payload) as { documentId?: string }).documentId ?? ""}`;
  const payloadJson = JSON.stringify(payload);
  if (waiting.some((other) => target(other) === target({ sha256: change.sha256 ?? null, payload: payloadJson }))) {
    throw new AppError("conflict", messageKey("editor.review.errors.alreadyWaiting"));
  }
  await tx.pendingChange.create({
    data: {
      kind,
      recordType,
      recordId,
      payload: payloadJson,
      reason,
      sha256: change.sha256,
      proposedById: user.id,
      proposedByName: user.name,
    },
    select: { id: true },
  });
  await tx.reviewDecision.updateMany({
    where: { submitterId: user.id, isOpen: true, change: returnedChangeKey({ kind, recordType, recordId }) },
    data: { isOpen: false },
  });
  await writeAuditEntry(tx, {
    actor: user,
    action: `${kind}.submit`,
    entityType: AUDIT_ENTITY_OF_RECORD[recordType],
    entityId: recordId,
    participantId: payload.participants[0]?.id,
    after: payload,
    reason,
  });
}
