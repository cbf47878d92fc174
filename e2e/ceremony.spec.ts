import { createAccount, signIn } from "./editor-data";
import { approveAsSecondEditor } from "./review-data";
import { expect, test } from "./fixtures";
import { clearIntakeParticipants } from "./intake-data";

// Ceremony mode: the event once, then one row per participant typed from the keyboard alone (type a name,
// Tab to the signer, Enter for the next row), all saved together in one transaction.

test("a ceremony typed from the keyboard is saved in one transaction, as one batch", async ({
  page,
  browser,
  db,
  expectNoAxeViolations,
}) => {
  await clearIntakeParticipants(db, ["dnk", "fin", "aut"]);
  const author = await createAccount(db);
  await signIn(page.request, author);
  await page.goto("/editor/ceremony");
  await expectNoAxeViolations(page);
  await page.getByLabel("Date", { exact: true }).fill("28 September 2018");
  await page.getByLabel("Place", { exact: true }).fill("United Nations Headquarters, New York");
  await page.getByLabel("Evidence URL").fill("https://example.org/ceremony-photos");
  await page.getByLabel("Participant, row 1").focus();
  for (const [participant, signer, title] of [
    ["Denmark", "Anders Samuelsen", "Minister for Foreign Affairs"],
    ["FIN", "Timo Soini", "Minister for Foreign Affairs"],
    ["Austria", "Karin Kneissl", "Federal Minister"],
  ] as const) {
    await page.keyboard.type(participant);
    await page.keyboard.press("Tab");
    await page.keyboard.type(signer);
    await page.keyboard.press("Tab");
    await page.keyboard.type(title);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByLabel("Participant, row 4")).toBeFocused();
  const revision = (await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
  await page.getByRole("button", { name: "Save 3 signatures" }).click();
  // A second reviewer is required (the default): the batch waits for one, and nothing is public until then.
  await expect(page.getByText("Submitted for review: nothing is public until another editor approves the batch")).toBeVisible();
  expect((await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision);
  await approveAsSecondEditor(browser, db, `Batch: Signing ceremony, ${author.name}`);
  await page.reload();
  await expect(page.getByText("Applied: 3 records changed in one revision of the public record.")).toBeVisible();
  expect((await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision + 1);
  const saved = await db.participantAction.findMany({
    where: { participant: { code: { in: ["dnk", "fin", "aut"] } } },
    select: { date: true, datePrecision: true, place: true, signerName: true, status: true, evidenceUrl: true },
  });
  expect(saved).toHaveLength(3);
  expect(saved).toContainEqual({
    date: "2018-09-28",
    datePrecision: "day",
    place: "United Nations Headquarters, New York",
    signerName: "Timo Soini",
    status: "published",
    evidenceUrl: "https://example.org/ceremony-photos",
  });
  const batches = await db.auditEntry.groupBy({ by: ["batchId"], where: { participant: { code: { in: ["dnk", "fin", "aut"] } } } });
  expect(batches).toHaveLength(1);
});

test("a ceremony with a bad row saves nothing and says which row to fix", async ({ page, db }) => {
  await clearIntakeParticipants(db, ["grc", "svk"]);
  await signIn(page.request, await createAccount(db));
  await page.goto("/editor/ceremony");
  await page.getByLabel("Date", { exact: true }).fill("2018-09-28");
  await page.getByLabel("Participant, row 1").fill("Greece");
  await page.getByLabel("Participant, row 1").press("Enter");
  await page.getByLabel("Participant, row 2").fill("Slovakkia");
  await page.getByLabel("Participant, row 2").press("Enter");
  await page.getByLabel("Participant, row 3").fill("Greece");
  const before = await db.participantAction.count();
  await page.getByRole("button", { name: "Save 3 signatures" }).click();
  await expect(page.getByText("Nothing was saved: fix the highlighted fields.")).toBeVisible();
  await expect(page.getByLabel("Participant, row 2")).toHaveAccessibleDescription(
    /No state or organisation matches “Slovakkia”\. Closest: Slovakia \(SVK\)/,
  );
  await expect(page.getByLabel("Participant, row 3")).toHaveAccessibleDescription(/Greece is already on row 1/);
  await expect(page.getByLabel("Participant, row 2")).toBeFocused();
  await expect(page.getByLabel("Participant, row 1")).toHaveValue("Greece");
  expect(await db.participantAction.count()).toBe(before);
});
