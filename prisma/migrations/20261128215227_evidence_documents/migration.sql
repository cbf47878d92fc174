-- CreateTable
CREATE TABLE "EvidenceFile" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "format" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceContent" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "bytes" BLOB NOT NULL,
    CONSTRAINT "EvidenceContent_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceFile" ("sha256") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "actionId" TEXT,
    "statementId" TEXT,
    "kind" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "attachedById" TEXT,
    "attachedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceDocument_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceFile" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvidenceDocument_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Signature" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceDocument_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceDocument_attachedById_fkey" FOREIGN KEY ("attachedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EvidenceDocument_sha256_idx" ON "EvidenceDocument"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceDocument_actionId_sha256_key" ON "EvidenceDocument"("actionId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceDocument_statementId_sha256_key" ON "EvidenceDocument"("statementId", "sha256");

