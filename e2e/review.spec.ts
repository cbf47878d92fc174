import type { Page } from "@playwright/test";
import { clearParticipant, createAccount, signIn } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { approveAsSecondEditor, reviewItem, submitSignatureThroughForm } from "./review-data";
import { captureServerAction, replayServerAction } from "./server-action-replay";

// Four-eyes review (issue 14): nothing an editor saves is public until another editor approves it; a
// correction waits beside the published record; a return carries the reviewer's comment to the author.
const [submittedCode, correctedCode, returnedCode, ceremonyA, ceremonyB, directCode] = TEST_PARTICIPANTS.review;

async function publicText(page: Page, code: string): Promise<string> {
  await page.goto(`/signatories/${code}`);
  return (await page.getByRole("main").textContent()) ?? "";
}

test("editor A submits; A cannot approve (no button, and the server refuses); B approves and the public sees it", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await clearParticipant(db, submittedCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: submittedCode } });
  const author = await createAccount(db, { scope: [submittedCode] });
  await signIn(page.request, author);
  await page.goto("/editor/signatures/new");
  await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft", "Submitted for review"]);
  const signer = `Submitted signer ${Date.now()}`;
  const actionId = await submitSignatureThroughForm(page, { participant: participant.iso3!, date: "2019-03-04", signerName: signer });

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect(await publicText(publicPage, submittedCode)).not.toContain(signer);

  // A sees the item as their own: no decision buttons.
  await page.goto("/editor/review");
  const ownItem = reviewItem(page, `New record: ${participant.name} (Signature)`);
  await expect(ownItem).toContainText("You were the last to change this: another editor must review it.");
  await expect(ownItem.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(ownItem.getByRole("cell", { name: signer })).toBeVisible();

  // B's real approval, captured and replayed by A, by an anonymous visitor and by an editor out of scope.
  const reviewer = await createAccount(db, { name: `Reviewer B ${Date.now()}`, scope: [submittedCode] });
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage.request, reviewer);
  await reviewerPage.goto("/editor/review");
  const item = reviewItem(reviewerPage, `New record: ${participant.name} (Signature)`);
  const approval = await captureServerAction(reviewerPage, () => item.getByRole("button", { name: "Approve and publish" }).click());
  const outsider = await createAccount(db, { scope: ["kaz"] });
  const outsiderContext = await browser.newContext();
  await signIn(outsiderContext.request, outsider);
  const anonymous = await browser.newContext();
  const before = await db.participantAction.findUniqueOrThrow({ where: { id: actionId } });
  expect((await replayServerAction(page.request, approval)).body).toContain(
    "You were the last to change this record: another editor must review it.",
  );
  expect((await replayServerAction(outsiderContext.request, approval)).body).toContain(
    `Your account may not edit records of ${participant.name}`,
  );
  expect((await replayServerAction(anonymous.request, approval)).status).toBe(307);
  expect(await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).toEqual(before);
  expect(await db.reviewDecision.count({ where: { subjectId: actionId } })).toBe(0);

  await reviewerPage.goto("/editor/review");
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewerPage.getByText("Approved and published.")).toBeVisible();
  expect((await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("published");

  const shown = await publicText(publicPage, submittedCode);
  expect(shown).toContain(signer);
  expect(shown).toContain(`Proposed by ${author.name}, approved by ${reviewer.name}`);
  expect(shown).not.toContain(author.email);
  expect(shown).not.toContain(reviewer.email);
  const ledger = await db.ledgerEntry.findFirstOrThrow({ where: { entityId: actionId }, orderBy: { sequence: "desc" } });
  expect({ kind: ledger.kind, actorName: ledger.actorName }).toEqual({ kind: "publication", actorName: reviewer.name });
  await Promise.all([visitor.close(), reviewerContext.close(), outsiderContext.close(), anonymous.close()]);
});

test("a correction to a published record stays invisible until a second editor approves it", async ({ page, browser, db }) => {
  test.setTimeout(60_000);
  await clearParticipant(db, correctedCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: correctedCode } });
  const author = await createAccount(db, { scope: [correctedCode] });
  await signIn(page.request, author);
  const original = `Original signer ${Date.now()}`;
  const actionId = await submitSignatureThroughForm(page, { participant: participant.iso3!, date: "2019-04-05", signerName: original });
  await approveAsSecondEditor(browser, db, `New record: ${participant.name} (Signature)`);

  const corrected = `Corrected signer ${Date.now()}`;
  await page.goto(`/editor/signatures/${actionId}`);
  await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft", "Submitted for review"]);
  await page.getByLabel("Signer name").fill(corrected);
  await page.getByLabel("Reason for the correction").fill("The mission's letter names the signer");
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByTestId("pending-correction")).toContainText(`A correction by ${author.name} is waiting for review`);
  await expect(page.getByLabel("Signer name")).toHaveValue(corrected);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  let shown = await publicText(publicPage, correctedCode);
  expect(shown).toContain(original);
  expect(shown).not.toContain(corrected);
  const api = await (await visitor.request.get(`/api/v1/participants/${correctedCode}`)).text();
  expect(api).toContain(original);
  expect(api).not.toContain(corrected);

  const reviewer = await approveAsSecondEditor(browser, db, `Correction to a published record: ${participant.name} (Signature)`);
  shown = await publicText(publicPage, correctedCode);
  expect(shown).toContain(corrected);
  expect(shown).not.toContain(original);
  expect(shown).toContain("The mission's letter names the signer");
  expect(shown).toContain(`Proposed by ${author.name}, approved by ${reviewer.name}`);
  const ledger = await db.ledgerEntry.findFirstOrThrow({ where: { entityId: actionId }, orderBy: { sequence: "desc" } });
  expect({ kind: ledger.kind, reason: ledger.reason }).toEqual({ kind: "correction", reason: "The mission's letter names the signer" });
  expect(await db.pendingCorrection.count({ where: { actionId } })).toBe(0);
  await visitor.close();
});

test("a returned record shows the reviewer's comment to its author; an empty comment is refused under the field", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await clearParticipant(db, returnedCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: returnedCode } });
  const author = await createAccount(db, { scope: [returnedCode] });
  await signIn(page.request, author);
  const actionId = await submitSignatureThroughForm(page, {
    participant: participant.iso3!,
    date: "2019-05-06",
    signerName: "Signer to check",
  });

  const reviewer = await createAccount(db, { name: `Reviewer ${Date.now()}` });
  const context = await browser.newContext();
  const reviewerPage = await context.newPage();
  await signIn(reviewerPage.request, reviewer);
  await reviewerPage.goto("/editor/review");
  const item = reviewItem(reviewerPage, `New record: ${participant.name} (Signature)`);
  await item.getByText("Return with comment…").click();
  await item.getByRole("button", { name: "Return with comment" }).click();
  await expect(item.getByLabel("Comment")).toHaveAccessibleDescription(/Enter a comment: say what the author should change/);
  expect((await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("submitted");
  expect(await db.reviewDecision.count({ where: { subjectId: actionId } })).toBe(0);

  const comment = "The date is the note verbale's, not the signature's: check the mission's letter.";
  await item.getByLabel("Comment").fill(comment);
  // The real return, captured and replayed by the author, an editor out of scope and an anonymous visitor.
  const returning = await captureServerAction(reviewerPage, () => item.getByRole("button", { name: "Return with comment" }).click());
  const outsider = await browser.newContext();
  await signIn(outsider.request, await createAccount(db, { scope: ["kaz"] }));
  const anonymous = await browser.newContext();
  const before = await db.participantAction.findUniqueOrThrow({ where: { id: actionId } });
  expect((await replayServerAction(page.request, returning)).body).toContain("You were the last to change this record");
  expect((await replayServerAction(outsider.request, returning)).body).toContain(
    `Your account may not edit records of ${participant.name}`,
  );
  expect((await replayServerAction(anonymous.request, returning)).status).toBe(307);
  expect(await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).toEqual(before);
  expect(await db.reviewDecision.count({ where: { subjectId: actionId } })).toBe(0);
  await Promise.all([outsider.close(), anonymous.close()]);

  await reviewerPage.goto("/editor/review");
  await item.getByText("Return with comment…").click();
  await item.getByLabel("Comment").fill(comment);
  await item.getByRole("button", { name: "Return with comment" }).click();
  await expect(reviewerPage.getByText("Returned to its author with your comment.")).toBeVisible();
  expect((await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("draft");
  await context.close();

  await page.goto("/editor");
  const returned = page.getByTestId("returned-items");
  await expect(returned).toContainText(`New record, ${participant.name}, returned by ${reviewer.name}`);
  await expect(returned).toContainText(`Comment: ${comment}`);
  await returned.getByRole("link", { name: "Open it" }).click();
  await expect(page).toHaveURL(new RegExp(`/editor/signatures/${actionId}$`));
});

test("a ceremony is reviewed as a batch: nothing is public until another editor approves all its rows", async ({ page, browser, db }) => {
  test.setTimeout(60_000);
  for (const code of [ceremonyA, ceremonyB]) await clearParticipant(db, code);
  const [first, second] = await Promise.all([ceremonyA, ceremonyB].map((code) => db.participant.findUniqueOrThrow({ where: { code } })));
  const author = await createAccount(db);
  await signIn(page.request, author);
  await page.goto("/editor/ceremony");
  await page.getByLabel("Date", { exact: true }).fill("2019-07-01");
  await page.getByLabel("Place", { exact: true }).fill("United Nations Headquarters, New York");
  await page.getByLabel("Participant, row 1").fill(first!.iso3!);
  await page.getByLabel("Signer name, row 1").fill("First ceremony signer");
  await page.getByLabel("Participant, row 1").press("Enter");
  await page.getByLabel("Participant, row 2").fill(second!.iso3!);
  await page.getByLabel("Signer name, row 2").fill("Second ceremony signer");
  await page.getByRole("button", { name: "Save 2 signatures" }).click();
  await expect(page.getByText("Submitted for review: nothing is public until another editor approves the batch")).toBeVisible();
  expect(await db.participantAction.count({ where: { participant: { code: { in: [ceremonyA, ceremonyB] } } } })).toBe(0);

  const reviewer = await createAccount(db, { name: `Batch reviewer ${Date.now()}` });
  const context = await browser.newContext();
  const reviewerPage = await context.newPage();
  await signIn(reviewerPage.request, reviewer);
  await reviewerPage.goto("/editor/review");
  const batch = reviewItem(reviewerPage, `Batch: Signing ceremony, ${author.name}`);
  await expect(batch.getByRole("region", { name: `1: ${first!.name}` })).toContainText("First ceremony signer");
  await expect(batch.getByRole("region", { name: `2: ${second!.name}` })).toContainText("Second ceremony signer");
  await batch.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewerPage.getByText("Approved and published.")).toBeVisible();
  await context.close();

  const published = await db.participantAction.findMany({
    where: { participant: { code: { in: [ceremonyA, ceremonyB] } } },
    select: { status: true, signerName: true },
    orderBy: { signerName: "asc" },
  });
  expect(published).toEqual([
    { status: "published", signerName: "First ceremony signer" },
    { status: "published", signerName: "Second ceremony signer" },
  ]);
});

test("'Require a second reviewer' is an administrator's setting: while on nobody publishes directly, when off editors may", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(90_000);
  await clearParticipant(db, directCode);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: directCode } });
  const setting = async () => (await db.instrument.findFirstOrThrow({ select: { requiresReview: true } })).requiresReview;
  expect(await setting()).toBe(true);
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);

  // An administrator forcing "published" while review is on is refused under the field; nothing is written.
  await page.goto("/editor/signatures/new");
  await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft", "Submitted for review"]);
  await page.getByLabel("Participant").fill(participant.iso3!);
  await page.getByLabel("Date", { exact: true }).fill("2019-08-09");
  await page.getByLabel("Status").evaluate((select: HTMLSelectElement) => {
    select.add(new Option("Published", "published"));
    select.value = "published";
  });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Status")).toHaveAccessibleDescription(/A second editor must approve this record before it is public/);
  expect(await db.participantAction.count({ where: { participantId: participant.id } })).toBe(0);

  // The setting's real request, replayed by a plain editor and an anonymous visitor: refused, unchanged.
  await page.goto("/editor/review");
  await expect(page.getByLabel("Require a second reviewer")).toBeChecked();
  await page.getByLabel("Require a second reviewer").uncheck();
  const turningOff = await captureServerAction(page, () => page.getByRole("button", { name: "Save setting" }).click());
  const editorContext = await browser.newContext();
  const editor = await createAccount(db, { scope: [directCode] });
  await signIn(editorContext.request, editor);
  const anonymous = await browser.newContext();
  expect((await replayServerAction(editorContext.request, turningOff)).body).toContain("Only an administrator can do this.");
  expect((await replayServerAction(anonymous.request, turningOff)).status).toBe(307);
  expect(await setting()).toBe(true);
  await anonymous.close();

  try {
    await page.goto("/editor/review");
    await page.getByLabel("Require a second reviewer").uncheck();
    await page.getByRole("button", { name: "Save setting" }).click();
    await expect(page.getByText("Editors may publish directly: no second reviewer is required.")).toBeVisible();
    expect(await setting()).toBe(false);

    const editorPage = await editorContext.newPage();
    await editorPage.goto("/editor/signatures/new");
    await expect(editorPage.getByLabel("Status").locator("option")).toHaveText(["Draft", "Published"]);
    await editorPage.getByLabel("Participant").fill(participant.iso3!);
    await editorPage.getByLabel("Date", { exact: true }).fill("2019-08-09");
    await editorPage.getByLabel("Signer name").fill("Directly published signer");
    await editorPage.getByLabel("Status").selectOption("published");
    await editorPage.getByRole("button", { name: "Save" }).click();
    await expect(editorPage.getByText("Saved.")).toBeVisible();
    expect(await publicText(editorPage, directCode)).toContain("Directly published signer");
  } finally {
    await page.goto("/editor/review");
    await page.getByLabel("Require a second reviewer").check();
    await page.getByRole("button", { name: "Save setting" }).click();
    await expect(page.getByText("A second reviewer is required.")).toBeVisible();
    await editorContext.close();
  }
  expect(await setting()).toBe(true);
});
