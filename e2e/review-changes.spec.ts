import type { Browser, Page } from "@playwright/test";
import { createAccount, signIn, type TestAccount } from "./editor-data";
import { attachThroughForm, recordPublishedSignature, resetEvidenceParticipant, sha256Of } from "./evidence-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { minimalPdf } from "@/tests/evidence-files";
import { approveAsSecondEditor, reviewItem } from "./review-data";
import { captureServerAction, replayServerAction } from "./server-action-replay";

// "Admins never bypass it while it is on" (issue 14): deleting a published record and attaching a document
// to one wait for a second editor, like corrections; the public sees the published state until then.
const [, , , , , , deletedCode, attachedCode] = TEST_PARTICIPANTS.review;

async function publicMain(page: Page, code: string): Promise<string> {
  await page.goto(`/signatories/${code}`);
  return (await page.getByRole("main").textContent()) ?? "";
}

async function signedInPage(browser: Browser, account: TestAccount) {
  const context = await browser.newContext();
  await signIn(context.request, account);
  return { context, page: await context.newPage() };
}

test("an administrator's deletion of a published record waits for a second editor; replayed approvals by the administrator, an outsider and anyone signed out are refused", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await resetEvidenceParticipant(db, deletedCode);
  const actionId = await recordPublishedSignature(db, deletedCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: deletedCode } });
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);
  await page.goto(`/editor/signatures/${actionId}`);
  await page.getByText("Delete this record (administrators only)…").click();
  await page.getByLabel("Reason for deleting").fill("Entered twice by mistake");
  await page.getByLabel("Yes, delete this record permanently").check();
  await page.getByRole("button", { name: "Delete record" }).click();
  await expect(page.getByText("Deletion proposed. The record stays public until another editor approves the deletion")).toBeVisible();
  await expect(page.getByTestId("pending-changes")).toContainText(`Deletion of a published record, proposed by ${admin.name}`);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect(await publicMain(publicPage, deletedCode)).toContain("United Nations Headquarters, New York");

  // The administrator sees their own proposal, with no decision buttons.
  const heading = `Change to a published record: ${participant.name} (Deletion of a published record)`;
  await page.goto("/editor/review");
  const ownItem = reviewItem(page, heading);
  await expect(ownItem).toContainText("Approving deletes this record");
  await expect(ownItem).toContainText("Reason given: Entered twice by mistake");
  await expect(ownItem.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  // The reviewer's real approval, captured and replayed by the administrator who proposed it, an editor out
  // of scope and an anonymous visitor: refused, nothing written.
  const reviewer = await signedInPage(browser, await createAccount(db, { scope: [deletedCode] }));
  await reviewer.page.goto("/editor/review");
  const item = reviewItem(reviewer.page, heading);
  const approval = await captureServerAction(reviewer.page, () => item.getByRole("button", { name: "Approve and publish" }).click());
  expect((await replayServerAction(page.request, approval)).body).toContain(
    "You were the last to change this record: another editor must review it.",
  );
  const outsider = await signedInPage(browser, await createAccount(db, { scope: ["kaz"] }));
  expect((await replayServerAction(outsider.context.request, approval)).body).toContain(
    `Your account may not edit records of ${participant.name}`,
  );
  const anonymous = await browser.newContext();
  expect((await replayServerAction(anonymous.request, approval)).status).toBe(307);
  expect(await db.participantAction.count({ where: { id: actionId } })).toBe(1);
  expect(await db.pendingChange.count({ where: { recordId: actionId } })).toBe(1);
  await Promise.all([outsider.context.close(), anonymous.close()]);

  await reviewer.page.goto("/editor/review");
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.page.getByText("Approved and published.")).toBeVisible();
  expect(await db.participantAction.count({ where: { id: actionId } })).toBe(0);
  expect(await publicMain(publicPage, deletedCode)).not.toContain("United Nations Headquarters, New York");
  await Promise.all([visitor.close(), reviewer.context.close()]);
});

test("a public PDF an administrator attaches to a published record is neither listed nor served until a second editor approves it", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await resetEvidenceParticipant(db, attachedCode);
  const actionId = await recordPublishedSignature(db, attachedCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: attachedCode } });
  await signIn(page.request, await createAccount(db, { role: "admin" }));
  await page.goto(`/editor/signatures/${actionId}`);
  const pdf = minimalPdf(`Signed page of ${participant.name}, ${Date.now()}`);
  const hash = sha256Of(pdf);
  await attachThroughForm(
    page,
    { name: "signed-page.pdf", mimeType: "application/pdf", buffer: pdf },
    "Signed instrument (the signed page, or the signed letter of accession or withdrawal)",
    "Public",
  );
  await expect(page.getByTestId("form-status").filter({ hasText: "signed-page.pdf is stored but not yet attached" })).toBeVisible();

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect(await publicMain(publicPage, attachedCode)).not.toContain(hash);
  expect((await visitor.request.get(`/evidence/${hash}`)).status()).toBe(404);

  await approveAsSecondEditor(browser, db, `Change to a published record: ${participant.name} (New evidence document)`, {
    scope: [attachedCode],
  });
  expect(await publicMain(publicPage, attachedCode)).toContain(hash);
  const download = await visitor.request.get(`/evidence/${hash}`);
  expect(download.status()).toBe(200);
  expect((await download.body()).equals(pdf)).toBe(true);
  await visitor.close();
});
