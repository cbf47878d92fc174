import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

// No language is ever served another's page, through the page cache in front of Next (docs/page-cache.md):
// warm the French list, then ask for it in Russian and English, with a language cookie and with
// Accept-Language, and read back each answer's language. Never a redirect: the path alone names the language.
async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  const html = await response.text();
  return {
    status: response.status(),
    cache: response.headers()["x-page-cache"],
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    canonical: /<link rel="canonical" href="https?:\/\/[^/"]+(\/[^"]*)"/.exec(html)?.[1],
    current: /<a [^>]*lang="([^"]+)"[^>]*aria-current="page"/.exec(html)?.[1],
  };
}

test("a page warmed in one language is never served in another, whatever the cookie or Accept-Language", async ({ playwright }) => {
  const request = await playwright.request.newContext(); // no cookie jar shared with other tests
  await get(request, "/fr/signatories?sort=date");
  const french = await get(request, "/fr/signatories?sort=date");
  expect(french).toEqual({ status: 200, cache: "hit", lang: "fr", canonical: "/fr/signatories", current: "fr" });

  const cases: [string, Record<string, string>, string][] = [
    ["/ru/signatories?sort=date", {}, "ru"],
    ["/signatories?sort=date", {}, "en"],
    ["/signatories?sort=date", { cookie: "NEXT_LOCALE=fr" }, "en"],
    ["/signatories?sort=date", { "accept-language": "fr-FR,fr;q=0.9" }, "en"],
    ["/ru/signatories?sort=date", { cookie: "NEXT_LOCALE=fr", "accept-language": "fr" }, "ru"],
    ["/ar/signatories?sort=date", { "accept-language": "fr" }, "ar"],
  ];
  for (const [path, headers, locale] of cases) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await get(request, path, headers); // the second time from the cache
      const label = `${path} ${JSON.stringify(headers)} #${attempt + 1}`;
      expect(answer.status, label).toBe(200);
      expect({ lang: answer.lang, current: answer.current }, label).toEqual({ lang: locale, current: locale });
      expect(answer.canonical, label).toBe(path.replace(/\?.*/, ""));
    }
  }
  await request.dispose();
});

test("English addresses stay where they were, /en/… leads to them, and nothing redirects by language", async ({ request }) => {
  const variants: Record<string, string>[] = [{}, { cookie: "NEXT_LOCALE=ar" }, { "accept-language": "zh-CN,zh;q=0.9" }];
  for (const headers of variants) {
    const home = await request.get("/", { headers, maxRedirects: 0 });
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain('<html lang="en" dir="ltr"');
  }
  const prefixed = await request.get("/en/signatories/kaz?x=1", { maxRedirects: 0 });
  expect(prefixed.status()).toBe(307);
  expect(prefixed.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/signatories\/kaz\?x=1$/);
  for (const path of ["/api/v1/signatories", "/feed.xml", "/map.svg"]) {
    const answer = await request.get(path, { headers: { "accept-language": "fr" }, maxRedirects: 0 });
    expect(answer.status(), path).toBe(200);
  }
  expect((await request.get("/fr/api/v1/signatories", { maxRedirects: 0 })).status()).toBe(404);
});

test("the language switcher keeps the path and query, says each language in itself, and remembers the choice", async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await page.goto("/fr/signatories?sort=date");
  const switcher = page.getByRole("navigation", { name: /./ }).filter({ has: page.locator("a[hreflang]") });
  await expect(switcher.locator("a")).toHaveText(["English", "العربية", "中文", "Français", "Русский", "Español"]);
  await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "page");
  await expect(switcher.getByRole("link", { name: "العربية" })).toHaveAttribute("lang", "ar");
  await expectNoAxeViolations(page);

  await switcher.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/signatories\?sort=date$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expect((await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("ru");

  // The cookie remembers; it never sends anyone anywhere.
  await page.goto("/code");
  await expect(page).toHaveURL(/\/code$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/code$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
