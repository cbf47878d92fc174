import { randomUUID } from "node:crypto";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";

// Issue 16: q finds a participant by any of its names in the six UN languages, on the list page and in the
// open API; administrators enter organisations' names and an official text of the Code per language.

const TURKIYE_SPELLINGS = ["turkiye", "Turkey", "Türkiye", "Турция", "土耳其"];

test("the list page finds Türkiye by each of its names, typed into the filter form or in the URL", async ({ page }) => {
  for (const q of TURKIYE_SPELLINGS) {
    await page.goto(`/signatories?q=${encodeURIComponent(q)}`);
    const rows = page.getByTestId("signatories-table").locator("tbody tr");
    await expect(rows, q).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute("data-code", "tur");
    await expect(rows.first()).toContainText("Türkiye");
  }
  await page.goto("/signatories");
  await page.getByLabel("Name or code").fill("Турция");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=%D0%A2%D1%83%D1%80%D1%86%D0%B8%D1%8F/);
  await expect(page.getByTestId("signatories-table").locator("tbody tr")).toHaveCount(1);
});

test("the open API's q finds Türkiye by each of its names, and nothing else", async ({ request }) => {
  for (const q of TURKIYE_SPELLINGS) {
    const response = await request.get(`/api/v1/signatories?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    const body = (await response.json()) as { count: number; items: { code: string; name: string }[] };
    expect(
      body.items.map((item) => item.code),
      q,
    ).toEqual(["tur"]);
    expect(body.items[0]!.name).toBe("Türkiye");
  }
  const csv = await (await request.get(`/api/v1/signatories?format=csv&q=${encodeURIComponent("土耳其")}`)).text();
  expect(csv.trim().split("\n")).toHaveLength(2);
  expect(csv).toContain("Türkiye");
});

test("an administrator enters an organisation's names per language; bad input is refused under the field", async ({ page, db }) => {
  const code = `e2e-org-${randomUUID().slice(0, 8)}`;
  const organisation = await db.participant.create({
    data: { code, kind: "organization", name: `E2E Organisation ${code}` },
    select: { id: true },
  });
  await signIn(page.request, await createAccount(db, { role: "admin" }));
  await page.goto("/editor/names");
  const form = page.getByRole("form", { name: `E2E Organisation ${code}` });

  await form.getByLabel("Russian (ru)").fill("Р".repeat(201));
  await form.getByRole("button", { name: `Save the names of E2E Organisation ${code}` }).click();
  await expect(page.locator(`#${code}-name-ru-error`)).toHaveText("The Russian name is too long: use at most 200 characters");
  await expect(page.getByLabel("Russian (ru)").locator("visible=true").first()).toBeFocused();
  expect(await db.participantName.count({ where: { participantId: organisation.id } })).toBe(0);

  await form.getByLabel("Russian (ru)").fill("Организация для проверки");
  await form.getByLabel("Chinese (zh)").fill("测试组织");
  await form.getByRole("button", { name: `Save the names of E2E Organisation ${code}` }).click();
  await expect(page.getByTestId("form-status").first()).toContainText(`Names of E2E Organisation ${code} saved.`);
  const stored = await db.participantName.findMany({ where: { participantId: organisation.id }, orderBy: { locale: "asc" } });
  expect(stored.map((row) => [row.locale, row.name])).toEqual([
    ["ru", "Организация для проверки"],
    ["zh", "测试组织"],
  ]);
  expect(await db.auditEntry.count({ where: { action: "participant.names", participantId: organisation.id } })).toBe(1);
  // The form shows what is stored.
  await page.reload();
  await expect(page.getByRole("form", { name: `E2E Organisation ${code}` }).getByLabel("Chinese (zh)")).toHaveValue("测试组织");
});

test("an administrator enters part of an official text with its source; a bad source address is refused under the field", async ({
  page,
  db,
}) => {
  await signIn(page.request, await createAccount(db, { role: "admin" }));
  await page.goto("/editor/code-texts");
  await page.getByRole("link", { name: "Enter or correct the Spanish text" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Code in Spanish");
  const before = await db.officialText.count();

  await page.getByLabel("Title in Spanish").fill("Título de prueba (e2e)");
  await page.getByLabel("Source", { exact: true }).fill("Documento de prueba (e2e)");
  await page.getByLabel("Source's web address").fill("javascript:alert(1)");
  await page.getByLabel("Commitment 1", { exact: true }).fill("Texto de prueba del compromiso 1 (e2e)");
  await page.getByRole("button", { name: "Save the Spanish text" }).click();
  await expect(page.locator("#sourceUrl-error")).toHaveText("The source's address must be a web address starting with http:// or https://");
  await expect(page.getByLabel("Source's web address")).toBeFocused();
  // What was typed is kept.
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("Texto de prueba del compromiso 1 (e2e)");
  expect(await db.officialText.count()).toBe(before);

  await page.getByLabel("Source's web address").fill("https://example.org/e2e-prueba");
  await page.getByRole("button", { name: "Save the Spanish text" }).click();
  await expect(page.getByTestId("form-status").first()).toContainText(
    "The public pages keep the English text until every commitment is entered.",
  );
  const stored = await db.officialText.findFirstOrThrow({ where: { locale: "es" }, include: { commitments: true } });
  expect(stored).toMatchObject({ title: "Título de prueba (e2e)", sourceUrl: "https://example.org/e2e-prueba" });
  expect(stored.commitments.map((commitment) => commitment.number)).toEqual([1]);
  await page.goto("/editor/code-texts");
  await expect(page.getByText("Spanish: 1 of 10 commitments entered")).toBeVisible();
});

test("the names and official-text pages are for administrators only", async ({ page, db }) => {
  await signIn(page.request, await createAccount(db, { role: "editor" }));
  for (const path of ["/editor/names", "/editor/code-texts", "/editor/code-texts/fr"]) {
    await page.goto(path);
    await expect(page.getByTestId("form-status"), path).toContainText("Only an administrator can do this.");
    await expect(page.locator("form textarea, form input[name^=name-]"), path).toHaveCount(0);
  }
  await expect(page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Organisations' names" })).toHaveCount(0);
});

test("the map, the embeds and the comparison name participants in the page's language", async ({ page, request }) => {
  // The overview frames the map document in its own language; the document names each country in it.
  await page.goto("/ru");
  await expect(page.getByTestId("world-map")).toHaveAttribute("src", "/map.svg?lang=ru");
  // The Code's title is English until an official Russian text is entered; its initiator is named in Russian.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByText("Инициатор: Казахстан.")).toBeVisible();
  await expect(page.locator('bdi[lang="en"]', { hasText: "United Nations" })).toBeVisible();
  const russianMap = await (await request.get("/map.svg?lang=ru")).text();
  expect(russianMap).toContain("<title>Казахстан: Подписал</title>");
  expect(russianMap).not.toContain("Kazakhstan");
  // An outline no participant stands for is named from CLDR too.
  expect(russianMap).toContain("<title>Тайвань: ");
  expect(await (await request.get("/map.svg")).text()).toContain("<title>Kazakhstan: Signed</title>");

  const arabicEmbed = await (await request.get("/embed/map?lang=ar")).text();
  expect(arabicEmbed).toContain('<html lang="ar" dir="rtl">');
  expect(arabicEmbed).toContain("<title>كازاخستان: ");
  const frenchCount = await (await request.get("/embed/count?lang=fr")).text();
  expect(frenchCount).toContain('<html lang="fr" dir="ltr">');
  expect(frenchCount).toContain("/fr/signatories");
  expect((await request.get("/embed/map?lang=xx")).status()).toBe(400);

  await page.goto("/ru/api");
  await expect(page.getByTestId("embed-map-snippet")).toContainText("/embed/map?lang=ru");

  await page.goto("/ru/compare?from=2018-09-01&to=2018-10-01");
  await expect(page.getByTestId("compare-joined")).toContainText("Казахстан");
  await expect(page.getByTestId("compare-joined")).not.toContainText("Kazakhstan");
});
