import Sqlite from "better-sqlite3";
import { ACTION_SNAPSHOT_SELECT } from "@/lib/participant-actions/action-fields";

// What must hold in the database whatever happened to the processes writing it (crashes, contention):
// SQLite's own checks pass, and the record and its audit trail agree row by row — every committed change
// has its audit entry, and no record exists without the entries that describe how it got there.

export type RecordCounts = { revision: number; publicAuditEntries: number };

type AuditRow = { entityId: string; action: string; after: string | null; isPublic: number };

const SNAPSHOT_FIELDS = Object.keys(ACTION_SNAPSHOT_SELECT);
const SIGNATURE_CHANGES = ["signature.create", "signature.withdraw", "signature.update", "signature.publish"];

export function readRecordCounts(file: string): RecordCounts {
  const sqlite = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return {
      revision: (sqlite.prepare("SELECT revision FROM RecordRevision WHERE id = 1").get() as { revision: number }).revision,
      publicAuditEntries: (sqlite.prepare("SELECT COUNT(*) AS n FROM AuditEntry WHERE isPublic = 1").get() as { n: number }).n,
    };
  } finally {
    sqlite.close();
  }
}

/**
 * Every inconsistency found, as readable sentences (an empty list means sound). `baseline` is the
 * counts before the writes began: each public change bumps the record revision in its own transaction.
 */
export function findRecordInconsistencies(file: string, baseline?: RecordCounts): string[] {
  const problems: string[] = [];
  const sqlite = new Sqlite(file, { fileMustExist: true });
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const foreignKeys = sqlite.pragma("foreign_key_check") as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 3))}`);

    const audit = sqlite.prepare("SELECT entityId, action, after, isPublic FROM AuditEntry ORDER BY createdAt, rowid").all() as AuditRow[];
    const auditByEntity = new Map<string, AuditRow[]>();
    for (const entry of audit) auditByEntity.set(entry.entityId, [...(auditByEntity.get(entry.entityId) ?? []), entry]);

    // Rows hold the enum values as stored (@map: "official-statement"); audit entries hold Prisma's names.
    const signatures = (sqlite.prepare(`SELECT ${SNAPSHOT_FIELDS.join(", ")} FROM Signature`).all() as Record<string, unknown>[]).map(
      (row): Record<string, unknown> => ({ ...row, verification: String(row.verification).replace(/-/g, "_") }),
    );
    for (const signature of signatures) {
      const changes = (auditByEntity.get(signature.id as string) ?? []).filter((entry) => SIGNATURE_CHANGES.includes(entry.action));
      if (changes.length !== signature.version) {
        problems.push(
          `signature ${String(signature.id)} is at version ${String(signature.version)} but has ${changes.length} change entries in the audit log`,
        );
        continue;
      }
      const last = JSON.parse(changes.at(-1)!.after ?? "null") as Record<string, unknown> | null;
      const differing = SNAPSHOT_FIELDS.filter(
        (field) => JSON.stringify(last?.[field] ?? null) !== JSON.stringify(signature[field] ?? null),
      );
      if (differing.length > 0)
        problems.push(`signature ${String(signature.id)} differs from its last audit entry in ${differing.join(", ")}`);
    }

    const statements = sqlite.prepare("SELECT id, text FROM Statement").all() as { id: string; text: string }[];
    const statementCommitments = sqlite.prepare(
      'SELECT c.number FROM "_CommitmentToStatement" j JOIN Commitment c ON c.id = j.A WHERE j.B = ? ORDER BY c.number',
    );
    for (const statement of statements) {
      const creations = (auditByEntity.get(statement.id) ?? []).filter((entry) => entry.action === "statement.create");
      const [creation] = creations;
      if (creations.length !== 1 || !creation) {
        problems.push(`statement ${statement.id} has ${creations.length} statement.create entries`);
        continue;
      }
      const after = JSON.parse(creation.after ?? "{}") as { text?: string; commitments?: string[] };
      if (after.text !== statement.text) problems.push(`statement ${statement.id} text differs from its audit entry`);
      const linked = (statementCommitments.all(statement.id) as { number: number }[]).map((row) => row.number);
      const expected = [...new Set((after.commitments ?? []).map(Number))].sort((a, b) => a - b);
      if (JSON.stringify(linked) !== JSON.stringify(expected))
        problems.push(
          `statement ${statement.id} is linked to commitments ${linked.join(", ")} but its audit entry says ${expected.join(", ")}`,
        );
    }

    const signatureIds = new Set(signatures.map((s) => s.id as string));
    for (const entry of audit) {
      if (entry.action === "signature.delete" && signatureIds.has(entry.entityId))
        problems.push(`signature ${entry.entityId} was deleted but still exists`);
      if (entry.action === "statement.create" && !statements.some((s) => s.id === entry.entityId))
        problems.push(`statement ${entry.entityId} has an audit entry but no row`);
      if (
        entry.action === "signature.create" &&
        !signatureIds.has(entry.entityId) &&
        !audit.some((e) => e.action === "signature.delete" && e.entityId === entry.entityId)
      ) {
        problems.push(`signature ${entry.entityId} has a creation entry but neither a row nor a deletion entry`);
      }
    }

    if (baseline) {
      const now = readRecordCounts(file);
      const revisionBumps = now.revision - baseline.revision;
      const publicChanges = now.publicAuditEntries - baseline.publicAuditEntries;
      if (revisionBumps !== publicChanges)
        problems.push(`the record revision rose by ${revisionBumps} but ${publicChanges} public changes were logged`);
    }
  } finally {
    sqlite.close();
  }
  return problems;
}
