import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { LedgerEntry } from "@/generated/prisma/client";
import type { LedgerEntityType, LedgerKind } from "./ledger-kinds";
import type { LedgerRecord } from "./public-record";

// How an entry is hashed (docs/ledger.md, "The hash"): SHA-256, in lower-case hex, of the RFC 8785 (JCS)
// canonical JSON of the entry without its own hash. The entry holds the previous entry's hash, so each hash
// covers the whole chain before it. The first entry's previous hash is 64 zeros.

export const GENESIS_HASH = "0".repeat(64);

/** An entry as published by GET /api/v1/ledger, less `hash`: exactly what is hashed. */
export type LedgerPayload = {
  previousHash: string;
  sequence: number;
  revision: number;
  recordedAt: string;
  kind: LedgerKind;
  entityType: LedgerEntityType;
  entityId: string;
  participant: string | null;
  actorName: string;
  auditAction: string | null;
  reason: string | null;
  changedFields: string[];
  record: LedgerRecord | null;
};

export type LedgerItem = LedgerPayload & { hash: string };

/** The exact text that is hashed. */
export function canonicalPayload(payload: LedgerPayload): string {
  const text = canonicalize(payload);
  if (text === undefined) throw new Error("A ledger entry has no JSON form");
  return text;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function hashPayload(payload: LedgerPayload): string {
  return sha256Hex(canonicalPayload(payload));
}

type LedgerRow = Omit<LedgerEntry, "auditEntryId">;

/** The stored row as its published item (JSON columns parsed). */
export function ledgerItemOf(row: LedgerRow): LedgerItem {
  return {
    previousHash: row.previousHash,
    sequence: row.sequence,
    revision: row.revision,
    recordedAt: row.recordedAt,
    kind: row.kind as LedgerKind,
    entityType: row.entityType as LedgerEntityType,
    entityId: row.entityId,
    participant: row.participantCode,
    actorName: row.actorName,
    auditAction: row.auditAction,
    reason: row.reason,
    changedFields: JSON.parse(row.changedFields) as string[],
    record: row.record === null ? null : (JSON.parse(row.record) as LedgerRecord),
    hash: row.hash,
  };
}

/** The columns of a new entry. */
export function ledgerRowOf(payload: LedgerPayload, hash: string): LedgerRow {
  return {
    sequence: payload.sequence,
    revision: payload.revision,
    recordedAt: payload.recordedAt,
    kind: payload.kind,
    entityType: payload.entityType,
    entityId: payload.entityId,
    participantCode: payload.participant,
    actorName: payload.actorName,
    auditAction: payload.auditAction,
    reason: payload.reason,
    changedFields: JSON.stringify(payload.changedFields),
    record: payload.record === null ? null : JSON.stringify(payload.record),
    previousHash: payload.previousHash,
    hash,
  };
}

/** The payload of a published item (its hash left out). */
export function payloadOf({ hash: _hash, ...payload }: LedgerItem): LedgerPayload {
  return payload;
}
