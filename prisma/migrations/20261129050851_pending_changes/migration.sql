-- AlterTable
ALTER TABLE "ReviewDecision" ADD COLUMN "change" TEXT;

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "reason" TEXT,
    "sha256" TEXT,
    "proposedById" TEXT,
    "proposedByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PendingChange_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceFile" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PendingChange_createdAt_idx" ON "PendingChange"("createdAt");

-- CreateIndex
CREATE INDEX "PendingChange_recordId_idx" ON "PendingChange"("recordId");

-- CreateIndex
CREATE INDEX "PendingChange_sha256_idx" ON "PendingChange"("sha256");

