import { MISSING_MESSAGE_MARK } from "@/i18n/missing-message";
import { localizedPath } from "@/lib/i18n/localized-path";
import { directionOf, LOCALES } from "@/lib/i18n/locales";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";

// Every page the issue names, in each of the six languages: the right <html lang dir>, not one missing
// message (i18n/request.ts writes MISSING_MESSAGE_MARK in place of one), no axe violations, and the
// language switcher marking the page's language. Runs for every locale in LOCALES: the translations arrive
// in messages/<locale>/ (until then a language is written in English, see i18n/message-files.ts).
const PUBLIC_PAGES = [
  { name: "overview", path: "/" },
  { name: "list", path: "/signatories" },
  { name: "participant", path: "/signatories/kaz" },
  { name: "outreach", path: "/non-signatories" },
  { name: "Code", path: "/code" },
];

for (const locale of LOCALES) {
  test.describe(`in ${locale}`, () => {
    for (const { name, path } of PUBLIC_PAGES) {
      test(`the ${name} page is in ${locale}, complete and accessible`, async ({ page, expectNoAxeViolations }) => {
        const response = await page.goto(localizedPath(path, locale));
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", directionOf(locale));
        expect(await page.content()).not.toContain(MISSING_MESSAGE_MARK);
        const current = page.locator(`nav a[aria-current="page"][hreflang]`);
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAttribute("lang", locale);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        expect(new URL(canonical ?? "").pathname).toBe(localizedPath(path, locale));
        await expectNoAxeViolations(page);
      });
    }

    test(`the Code's text is the English one${locale === "en" ? "" : ", marked as English, with a notice in " + locale}`, async ({
      page,
    }) => {
      await page.goto(localizedPath("/code", locale));
      const text = page.getByTestId("commitments");
      await expect(text.locator('[lang="en"]').first()).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
      await expect(page.getByTestId("english-text-notice")).toHaveCount(locale === "en" ? 0 : 1);
      await page.goto(localizedPath("/code/commitments/1", locale));
      await expect(page.getByTestId("english-text-notice")).toHaveCount(locale === "en" ? 0 : 1);
    });

    test(`the editor's signature form is in ${locale}, complete and accessible`, async ({ page, db, expectNoAxeViolations }) => {
      await signIn(page.request, await createAccount(db, { role: "editor", scope: ["mex"] }));
      await page.goto(localizedPath("/editor/signatures/new", locale));
      await expect(page).toHaveURL(new RegExp(`${localizedPath("/editor/signatures/new", locale)}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", directionOf(locale));
      await expect(page.locator("form").first()).toBeVisible();
      expect(await page.content()).not.toContain(MISSING_MESSAGE_MARK);
      await expectNoAxeViolations(page);
    });
  });
}
