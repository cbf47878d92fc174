import { expect, test } from "./fixtures";

test("the overview shows the Code's title and the current signatory count from the database", async ({
  page,
  db,
  expectNoAxeViolations,
}) => {
  const current = await db.participant.count({
    where: {
      actions: { some: { status: "published", action: { in: ["signature", "accession"] } } },
      NOT: { actions: { some: { status: "published", action: "withdrawal" } } },
    },
  });
  expect(current).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code of Conduct towards Achieving a World Free of Terrorism");
  await expect(page.getByTestId("signatory-count")).toHaveText(`${current} signatories recorded`);
  await expectNoAxeViolations(page);
});

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
