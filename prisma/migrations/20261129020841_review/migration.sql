-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "proposedByName" TEXT;

-- AlterTable
ALTER TABLE "ChangeBatch" ADD COLUMN "submittedAt" DATETIME;

-- CreateTable
CREATE TABLE "PendingCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actionId" TEXT NOT NULL,
    "proposed" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "isSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "proposedById" TEXT,
    "proposedByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PendingCorrection_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Signature" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "participantId" TEXT,
    "outcome" TEXT NOT NULL,
    "comment" TEXT,
    "submitterId" TEXT,
    "submitterName" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewerName" TEXT NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Instrument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "initiator" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "requiresReview" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Instrument" ("createdAt", "id", "initiator", "openedOn", "place", "shortTitle", "slug", "sourceTitle", "sourceUrl", "summary", "title", "updatedAt") SELECT "createdAt", "id", "initiator", "openedOn", "place", "shortTitle", "slug", "sourceTitle", "sourceUrl", "summary", "title", "updatedAt" FROM "Instrument";
DROP TABLE "Instrument";
ALTER TABLE "new_Instrument" RENAME TO "Instrument";
CREATE UNIQUE INDEX "Instrument_slug_key" ON "Instrument"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PendingCorrection_actionId_key" ON "PendingCorrection"("actionId");

-- CreateIndex
CREATE INDEX "PendingCorrection_isSubmitted_updatedAt_idx" ON "PendingCorrection"("isSubmitted", "updatedAt");

-- CreateIndex
CREATE INDEX "ReviewDecision_submitterId_isOpen_idx" ON "ReviewDecision"("submitterId", "isOpen");

-- CreateIndex
CREATE INDEX "ReviewDecision_subjectType_subjectId_idx" ON "ReviewDecision"("subjectType", "subjectId");

