-- CreateTable
CREATE TABLE "ChangeBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'previewed',
    "fileName" TEXT,
    "fileSha256" TEXT,
    "rows" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "newCount" INTEGER NOT NULL DEFAULT 0,
    "correctionCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedById" TEXT,
    "appliedByName" TEXT,
    "appliedAt" DATETIME,
    "revertsBatchId" TEXT,
    CONSTRAINT "ChangeBatch_revertsBatchId_fkey" FOREIGN KEY ("revertsBatchId") REFERENCES "ChangeBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "participantId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "batchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ChangeBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AuditEntry" ("action", "actorId", "actorName", "after", "before", "createdAt", "entityId", "entityType", "id", "isPublic", "participantId", "reason") SELECT "action", "actorId", "actorName", "after", "before", "createdAt", "entityId", "entityType", "id", "isPublic", "participantId", "reason" FROM "AuditEntry";
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE INDEX "AuditEntry_participantId_createdAt_idx" ON "AuditEntry"("participantId", "createdAt");
CREATE INDEX "AuditEntry_batchId_idx" ON "AuditEntry"("batchId");
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ChangeBatch_revertsBatchId_key" ON "ChangeBatch"("revertsBatchId");

-- CreateIndex
CREATE INDEX "ChangeBatch_createdAt_idx" ON "ChangeBatch"("createdAt");

