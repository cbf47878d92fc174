import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type { Database } from "@/lib/db";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { TEST_PARTICIPANTS } from "./fixtures";

// Data for the import and ceremony tests: only the participants reserved for them.

export type IntakeParticipant = (typeof TEST_PARTICIPANTS.intake)[number];

/** Removes the participants' actions, so a test starts from "not signed". */
export async function clearIntakeParticipants(db: Database, codes: IntakeParticipant[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.participantAction.deleteMany({ where: { participant: { code: { in: codes } } } });
    await bumpRecordRevision(tx);
  });
}

/** A published signature, as an earlier save would have left it. */
export async function publishIntakeSignature(db: Database, code: IntakeParticipant, fields: { signerName: string; place: string }) {
  const [instrument, participant] = await Promise.all([
    db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG } }),
    db.participant.findUniqueOrThrow({ where: { code } }),
  ]);
  await db.$transaction(async (tx) => {
    await tx.participantAction.create({
      data: {
        instrumentId: instrument.id,
        participantId: participant.id,
        action: "signature",
        date: "2018-09-28",
        datePrecision: "day",
        countsFrom: "2018-09-28",
        verification: "official_statement",
        status: "published",
        publishedAt: new Date(),
        ...fields,
      },
    });
    await bumpRecordRevision(tx);
  });
}

/** Writes a file for the page's file input into Playwright's output folder. */
export function testFile(name: string, content: string | Buffer): string {
  const path = join("test-results", `${Date.now()}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Uploads a file on /editor/import and waits for the preview page. */
export async function previewThroughPage(page: Page, path: string): Promise<void> {
  await page.goto("/editor/import");
  await page.getByLabel("Spreadsheet file").setInputFiles(path);
  await page.getByRole("button", { name: "Preview import" }).click();
  await page.waitForURL(/\/editor\/import\/[a-z0-9]+$/);
}
