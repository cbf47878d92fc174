-- CreateTable
CREATE TABLE "LedgerEntry" (
    "sequence" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revision" INTEGER NOT NULL,
    "recordedAt" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "participantCode" TEXT,
    "actorName" TEXT NOT NULL,
    "auditAction" TEXT,
    "reason" TEXT,
    "changedFields" TEXT NOT NULL,
    "record" TEXT,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "auditEntryId" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_previousHash_key" ON "LedgerEntry"("previousHash");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_hash_key" ON "LedgerEntry"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_auditEntryId_key" ON "LedgerEntry"("auditEntryId");

-- CreateIndex
CREATE INDEX "LedgerEntry_revision_idx" ON "LedgerEntry"("revision");

-- CreateIndex
CREATE INDEX "LedgerEntry_entityId_sequence_idx" ON "LedgerEntry"("entityId", "sequence");

-- CreateIndex
CREATE INDEX "LedgerEntry_participantCode_sequence_idx" ON "LedgerEntry"("participantCode", "sequence");


-- The ledger is append-only: no code path may rewrite or remove an entry. (Someone with the database file
-- can drop these triggers; npm run verify:ledger is what detects that kind of rewrite.)
CREATE TRIGGER "LedgerEntry_no_update" BEFORE UPDATE ON "LedgerEntry"
BEGIN
    SELECT RAISE(ABORT, 'The ledger is append-only: entries cannot be changed');
END;

CREATE TRIGGER "LedgerEntry_no_delete" BEFORE DELETE ON "LedgerEntry"
BEGIN
    SELECT RAISE(ABORT, 'The ledger is append-only: entries cannot be deleted');
END;
