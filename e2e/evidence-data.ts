import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Database } from "@/lib/db";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import type { TEST_PARTICIPANTS } from "./fixtures";

// Data the evidence tests create, only on the participants reserved for them, in transactions that bump the
// record revision as the editor does.

export type EvidenceCode = (typeof TEST_PARTICIPANTS.evidence)[number];
/** The review tests' participants, for changes to published records' documents. */
type ReviewCode = (typeof TEST_PARTICIPANTS.review)[number];

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * A participant back to "not signed": its actions, statements, their documents, the changes to them waiting
 * for review and their history gone.
 */
export async function resetEvidenceParticipant(db: Database, code: EvidenceCode | ReviewCode) {
  await db.$transaction(async (tx) => {
    const { id } = await tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const records = [
      ...(await tx.participantAction.findMany({ where: { participantId: id }, select: { id: true } })),
      ...(await tx.statement.findMany({ where: { participantId: id }, select: { id: true } })),
    ];
    await tx.pendingChange.deleteMany({ where: { recordId: { in: records.map((record) => record.id) } } });
    await tx.auditEntry.deleteMany({ where: { participantId: id } });
    await tx.statement.deleteMany({ where: { participantId: id } });
    await tx.participantAction.deleteMany({ where: { participantId: id } });
    await tx.evidenceFile.deleteMany({ where: { documents: { none: {} }, pendingChanges: { none: {} } } });
    await bumpRecordRevision(tx);
  });
}

/** A published signature (official statement, with a web source) for a participant; returns its id. */
export async function recordPublishedSignature(db: Database, code: EvidenceCode | ReviewCode): Promise<string> {
  return db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirstOrThrow({ select: { id: true } });
    const participant = await tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const action = await tx.participantAction.create({
      data: {
        instrumentId: instrument.id,
        participantId: participant.id,
        action: "signature",
        date: "2018-09-28",
        datePrecision: "day",
        countsFrom: "2018-09-28",
        place: "United Nations Headquarters, New York",
        evidenceUrl: "https://example.org/signing-ceremony",
        verification: "official_statement",
        status: "published",
        publishedAt: new Date(),
      },
      select: { id: true },
    });
    await bumpRecordRevision(tx);
    return action.id;
  });
}

/** Everything evidence uploads write: compared before and after a refused upload. */
export async function evidenceState(db: Database) {
  return {
    files: await db.evidenceFile.findMany({ orderBy: { sha256: "asc" }, select: { sha256: true } }),
    contents: await db.evidenceContent.count(),
    documents: await db.evidenceDocument.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEntry.count(),
  };
}

/** Fills the "Attach a document" form of the page's record and sends it. */
export async function attachThroughForm(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  kind: string,
  visibility: "Public" | "Restricted",
) {
  await page.getByLabel("Evidence document", { exact: true }).setInputFiles(file);
  await page.getByLabel("Kind of document").selectOption({ label: kind });
  await page.getByRole("radio", { name: visibility }).check();
  await page.getByRole("button", { name: "Attach document" }).click();
}
