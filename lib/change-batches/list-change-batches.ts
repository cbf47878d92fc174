import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { visibleBatchesWhere } from "./batch-visibility";

/** The latest imports, ceremonies and undos, newest first. */
export async function listChangeBatches(db: Database, actor: ActingUser | null, limit = 20) {
  const user = requireUser(actor);
  return db.changeBatch.findMany({
    where: visibleBatchesWhere(user),
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      source: true,
      status: true,
      fileName: true,
      createdByName: true,
      createdAt: true,
      newCount: true,
      correctionCount: true,
      errorCount: true,
    },
  });
}
