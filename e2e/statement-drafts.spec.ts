import { createAccount, signIn } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { approveAsSecondEditor } from "./review-data";
import { captureServerAction, replayServerAction } from "./server-action-replay";

// A statement saved as a draft (or returned by a reviewer) is edited on its own page and submitted for
// review from there; once published it is no longer edited there.
const [, , , , , , , , draftCode] = TEST_PARTICIPANTS.review;

test("editor A edits a draft statement and submits it; an outsider's replay is refused; B approves and the public sees it", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await db.statement.deleteMany({ where: { participant: { code: draftCode } } });
  const participant = await db.participant.findUniqueOrThrow({ where: { code: draftCode } });
  const author = await createAccount(db, { scope: [draftCode] });
  await signIn(page.request, author);

  await page.goto("/editor/statements/new");
  await page.getByLabel("Participant").fill(participant.iso3!);
  const draftText = `First wording ${Date.now()}`;
  await page.getByLabel("Text").fill(draftText);
  await page.getByLabel("Commitment 2").check();
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Statement saved.")).toBeVisible();
  await expect(page.getByText("Status: draft")).toBeVisible();
  const statementId = new URL(page.url()).pathname.split("/").pop()!;

  // The page offers the saved statement, pre-filled, for editing.
  await expect(page.getByRole("heading", { name: "Edit the statement" })).toBeVisible();
  await expect(page.getByLabel("Text")).toHaveValue(draftText);
  await expect(page.getByLabel("Commitment 2")).toBeChecked();
  await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft", "Submitted for review"]);

  // A's real save, captured, and replayed by an editor of another participant and by an anonymous visitor.
  const finalText = `Final wording ${Date.now()}`;
  await page.getByLabel("Text").fill(finalText);
  await page.getByLabel("Status").selectOption("submitted");
  const save = await captureServerAction(page, () => page.getByRole("button", { name: "Save statement" }).click());
  const outsider = await createAccount(db, { scope: ["kaz"] });
  const outsiderContext = await browser.newContext();
  await signIn(outsiderContext.request, outsider);
  const anonymous = await browser.newContext();
  const before = await db.statement.findUniqueOrThrow({ where: { id: statementId } });
  expect((await replayServerAction(outsiderContext.request, save)).body).toContain(
    `Your account may not edit records of ${participant.name}`,
  );
  expect((await replayServerAction(anonymous.request, save)).status).toBe(307);
  expect(await db.statement.findUniqueOrThrow({ where: { id: statementId } })).toEqual(before);
  await Promise.all([outsiderContext.close(), anonymous.close()]);

  await page.goto(`/editor/statements/${statementId}`);
  await page.getByLabel("Text").fill(finalText);
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Statement saved.")).toBeVisible();
  await expect(page.getByText("Status: submitted for review")).toBeVisible();

  await approveAsSecondEditor(browser, db, `Statement: ${participant.name} (Statement)`, { scope: [draftCode] });
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/signatories/${draftCode}`);
  const statements = publicPage.getByRole("region", { name: "Statements" });
  await expect(statements).toContainText(finalText);
  await expect(statements).not.toContainText(draftText);
  await visitor.close();

  // Published: the page says it is no longer edited here, and offers no form.
  await page.reload();
  await expect(page.getByText("This statement is published: it can no longer be edited here.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save statement" })).toHaveCount(0);
});
