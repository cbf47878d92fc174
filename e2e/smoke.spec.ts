import { expect, test } from "./fixtures";

test("the overview shows the Code, its ten commitments and the published signatory count from the database", async ({ page, db, expectNoAxeViolations }) => {
  const published = await db.participant.count({
    where: { signatures: { some: { status: "published", action: { in: ["signature", "accession"] } } } },
  });
  expect(published).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code of Conduct towards Achieving a World Free of Terrorism");
  await expect(page.getByRole("heading", { name: "The 10 commitments" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(10);
  await expect(page.getByTestId("signatory-count")).toHaveText(`${published} signatories recorded`);
  await expectNoAxeViolations(page);
});

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
