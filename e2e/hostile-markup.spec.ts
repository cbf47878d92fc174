import { signatoriesDocumentSchema } from "@/lib/api/schema";
import { clearParticipant, createAccount, signIn } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { approveAsSecondEditor } from "./review-data";

// Script-injection payloads typed into every free-text field must come out as text everywhere the record
// is shown: public pages, the editor, the Atom feed and every export. No dialog may open, no element of
// the payload may exist in the page.

const code = TEST_PARTICIPANTS.editor[2];
const MARK = "xss-probe";
// Short enough for the tightest field (document symbol, 100 characters).
const payload = (field: string) => `<img src=x onerror=alert(1) class=${MARK}><script>alert(2)</script>"'& ${field.slice(0, 8)}`;

test("script payloads in every free-text field render inert on every page, in the feed and in every export", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(90_000);
  await clearParticipant(db, code);
  const participant = await db.participant.findUniqueOrThrow({ where: { code } });
  await signIn(page.request, await createAccount(db, { role: "admin" }));
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill(code.toUpperCase());
  await page.getByLabel("Date", { exact: true }).fill("2019-02-02");
  for (const field of ["Place or event", "Signer name", "Signer title", "Document symbol", "Evidence description", "Notes"]) {
    await page.getByLabel(field, { exact: true }).fill(payload(field));
  }
  await page.getByLabel("Evidence URL").fill(`https://example.org/?q=${encodeURIComponent(payload("url"))}`);
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const editorUrl = page.url();
  // The reviewer's page shows every payload in its diff: it must be inert there too.
  await page.goto("/editor/review");
  await expect(page.locator(`.${MARK}`)).toHaveCount(0);
  await approveAsSecondEditor(browser, db, `New record: ${participant.name} (Signature)`);

  await page.goto("/editor/statements/new");
  await page.getByLabel("Participant").fill(code.toUpperCase());
  await page.getByLabel("Text").fill(payload("statement"));
  await page.getByLabel("Commitment 7").check();
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Statement saved.")).toBeVisible();
  await approveAsSecondEditor(browser, db, `Statement: ${participant.name} (Statement)`);

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const pages = [
    "/",
    "/signatories",
    `/signatories?q=${code}`,
    `/signatories/${code}`,
    "/code/commitments/7",
    editorUrl,
    "/editor",
    "/editor/audit",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator(`.${MARK}`), `${path} has no injected element`).toHaveCount(0);
    // The payload may travel as escaped text inside the page's data scripts; it must never be a script of its own.
    expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === "alert(2)").length)).toBe(
      0,
    );
  }
  await expect(page.getByRole("main")).toBeVisible();
  await page.goto(`/signatories/${code}`);
  await expect(page.getByRole("main")).toContainText(payload("Signer name"));
  expect(dialogs).toEqual([]);

  const feed = await (await page.request.get("/feed.xml")).text();
  expect(feed).not.toContain("<script>");
  expect(feed).not.toContain("<img src=x");

  const csv = await (await page.request.get(`/api/v1/signatories?format=csv&q=${code}`)).text();
  // CSV is plain text: the payload is data, quoted with its quotes doubled (RFC 4180), never markup.
  expect(csv).toContain(`"${payload("Signer name").replaceAll('"', '""')}"`);
  const json = signatoriesDocumentSchema.parse(await (await page.request.get(`/api/v1/signatories?q=${code}`)).json());
  expect(json.items[0]?.signerName).toBe(payload("Signer name"));
});
