import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { ACTION_SNAPSHOT_SELECT } from "@/lib/participant-actions/action-fields";
import { normaliseHttpUrl } from "@/lib/validation/fields";
import { bumpRecordRevision } from "./record-revision";

// Evidence and source URLs used to be stored as typed ("HTTPS://Example.org/a b"); the form helper now stores
// `new URL(…).href` (lib/validation/fields.ts). This startup step (scripts/prepare-database.ts) brings rows
// written before that into the same form — in code, not in a SQL migration, because SQL cannot apply the
// WHATWG URL rules. Each row changed gets its audit entry like any correction, and the record revision
// moves once; a database with nothing to change is not written to at all. No "server-only" import: the
// start-up script runs it outside Next.

/** Who made the change, in the history: the step itself, no user. */
export const URL_NORMALISER = { id: null, name: "URL normalisation (automatic)" } as const;
const REASON = "Web address stored in its normalised form (same address)";

export async function normaliseStoredUrls(db: Database): Promise<{ actions: number; statements: number }> {
  const [actions, statements] = await Promise.all([
    db.participantAction.findMany({ where: { evidenceUrl: { not: null } }, select: { ...ACTION_SNAPSHOT_SELECT, status: true } }),
    db.statement.findMany({
      where: { sourceUrl: { not: null } },
      select: { id: true, participantId: true, sourceUrl: true, status: true, version: true },
    }),
  ]);
  const staleActions = actions.filter((row) => row.evidenceUrl !== normaliseHttpUrl(row.evidenceUrl ?? ""));
  const staleStatements = statements.filter((row) => row.sourceUrl !== normaliseHttpUrl(row.sourceUrl ?? ""));
  if (staleActions.length + staleStatements.length === 0) return { actions: 0, statements: 0 };

  await db.$transaction(async (tx) => {
    for (const before of staleActions) {
      const after = await tx.participantAction.update({
        where: { id: before.id },
        data: { evidenceUrl: normaliseHttpUrl(before.evidenceUrl ?? ""), version: { increment: 1 } },
        select: ACTION_SNAPSHOT_SELECT,
      });
      await writeAuditEntry(tx, {
        actor: URL_NORMALISER,
        action: "signature.update",
        entityType: "signature",
        entityId: before.id,
        participantId: before.participantId,
        before,
        after,
        reason: REASON,
        isPublic: before.status === "published",
      });
    }
    for (const before of staleStatements) {
      const after = await tx.statement.update({
        where: { id: before.id },
        data: { sourceUrl: normaliseHttpUrl(before.sourceUrl ?? ""), version: { increment: 1 } },
        select: { id: true, participantId: true, sourceUrl: true, status: true, version: true },
      });
      await writeAuditEntry(tx, {
        actor: URL_NORMALISER,
        action: "statement.update",
        entityType: "statement",
        entityId: before.id,
        participantId: before.participantId,
        before,
        after,
        reason: REASON,
        isPublic: before.status === "published",
      });
    }
    if ([...staleActions, ...staleStatements].some((row) => row.status === "published")) await bumpRecordRevision(tx);
  });
  return { actions: staleActions.length, statements: staleStatements.length };
}
