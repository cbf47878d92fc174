-- CreateTable
CREATE TABLE "ParticipantName" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ParticipantName_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfficialText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OfficialText_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfficialCommitmentText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "officialTextId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "points" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "OfficialCommitmentText_officialTextId_fkey" FOREIGN KEY ("officialTextId") REFERENCES "OfficialText" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantName_participantId_locale_key" ON "ParticipantName"("participantId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialText_instrumentId_locale_key" ON "OfficialText"("instrumentId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialCommitmentText_officialTextId_number_key" ON "OfficialCommitmentText"("officialTextId", "number");

