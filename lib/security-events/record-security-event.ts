import type { Database, Transaction } from "@/lib/db";
import type { SecurityEventType } from "./security-event-types";

export type SecurityEventInput = {
  type: SecurityEventType;
  userId?: string | null;
  /** Who acted, when it was not the account's owner (an administrator). */
  actorName?: string | null;
  clientAddress?: string | null;
  /** Safe text only: what happened and why — never a password, code, secret or typed identifier. */
  detail?: string | null;
};

const MAX_DETAIL_LENGTH = 300;

/** Writes one event; pass the transaction when the event belongs to a change, so neither exists alone. */
export async function recordSecurityEvent(db: Database | Transaction, event: SecurityEventInput): Promise<void> {
  await db.securityEvent.create({
    data: {
      type: event.type,
      userId: event.userId ?? null,
      actorName: event.actorName?.slice(0, 120) ?? null,
      clientAddress: event.clientAddress ?? null,
      detail: event.detail?.slice(0, MAX_DETAIL_LENGTH) ?? null,
    },
  });
}
