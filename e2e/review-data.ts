import { expect, type Browser, type Page } from "@playwright/test";
import type { Database } from "@/lib/db";
import { createAccount, signIn, type TestAccount } from "./editor-data";

// Four-eyes review in e2e: records are submitted through the real forms and approved or returned by a second
// account through /editor/review, as editors do. Tests that only need a published record use
// approveAsSecondEditor after their own submission.

/** The review page's item for a participant (or a batch, by its heading). */
export function reviewItem(page: Page, heading: string | RegExp) {
  return page.getByTestId("review-item").filter({ has: page.getByRole("heading", { name: heading }) });
}

/** Fills and saves the new-signature form with the status "Submitted for review"; returns the saved action's id. */
export async function submitSignatureThroughForm(
  page: Page,
  fields: { participant: string; date: string; signerName: string; place?: string },
): Promise<string> {
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill(fields.participant);
  await page.getByLabel("Date", { exact: true }).fill(fields.date);
  await page.getByLabel("Signer name").fill(fields.signerName);
  if (fields.place) await page.getByLabel("Place or event").fill(fields.place);
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/**
 * A second editor (a new account, scoped to the given participants or unscoped) approves what waits for
 * `heading` on /editor/review (`items` of them, one after the other, when several share it), in a browser
 * context of their own. Returns the reviewer's account.
 */
export async function approveAsSecondEditor(
  browser: Browser,
  db: Database,
  heading: string | RegExp,
  options: { scope?: string[]; items?: number } = {},
): Promise<TestAccount> {
  const reviewer = await createAccount(db, { name: `Reviewer ${Date.now()}`, scope: options.scope });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page.request, reviewer);
    for (let approved = 0; approved < (options.items ?? 1); approved++) {
      await page.goto("/editor/review");
      await reviewItem(page, heading).first().getByRole("button", { name: "Approve and publish" }).click();
      await expect(page.getByText("Approved and published.")).toBeVisible();
    }
  } finally {
    await context.close();
  }
  return reviewer;
}
