import { createServer, type Server } from "node:http";
import { XMLParser } from "fast-xml-parser";
import { E2E_BASE_URL } from "./e2e-settings";
import { expect, test } from "./fixtures";
import { correctPlace, publishAction } from "./ledger-data";

// Following the record (Atom feeds per participant and per region) and embedding it (/embed/count,
// /embed/map): the feeds parsed, a hostile reason delivered as text; the embeds framed from another
// origin, and every other route still refusing to be framed.

const FRAMING_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const HOSTILE_REASON = `<script>alert(1)</script><b>bold</b> ${Date.now().toString(36)}`;

type AtomFeed = {
  feed: {
    author: { name: string };
    title: { "#text": string };
    entry?:
      | { title: { "#text": string }; summary: { "#text": string; "@type": string } }
      | { title: { "#text": string }; summary: { "#text": string; "@type": string } }[];
  };
};
const parseFeed = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" }).parse(xml) as AtomFeed;
const entriesOf = (feed: AtomFeed) =>
  ([] as unknown[]).concat(feed.feed.entry ?? []) as { title: { "#text": string }; summary: { "#text": string; "@type": string } }[];

test.describe.serial("follow and embed", () => {
  let framingSite: Server;

  test.beforeAll(async ({ db }) => {
    const { id } = await publishAction(db, "nga", { action: "signature", date: "2019-05-02", place: "Abuja" });
    await correctPlace(db, id, "Abuja, State House", HOSTILE_REASON);
    // Another origin that frames our pages, as a newspaper's site would.
    framingSite = createServer((request, response) => {
      const frame = (path: string, name: string) =>
        `<iframe name="${name}" src="${E2E_BASE_URL}${path}" width="600" height="400"></iframe>`;
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(
        `<!DOCTYPE html><title>Framing test</title>${frame("/embed/count", "count")}${frame("/embed/map", "map")}${frame("/signatories", "list")}${frame("/embed/count/x", "lookalike")}`,
      );
    });
    await new Promise<void>((resolve) => framingSite.listen(FRAMING_PORT, resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => framingSite.close(() => resolve())));

  test("a participant's feed parses, names its author and gives a hostile reason as escaped text", async ({ request }) => {
    const response = await request.get("/signatories/nga/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).not.toContain("<script>");
    const feed = parseFeed(xml);
    expect(feed.feed.author.name).toBe("Code of Conduct Signatory Tracker");
    const entries = entriesOf(feed);
    expect(entries.map((entry) => entry.title["#text"])).toEqual(["Nigeria: signature corrected", "Nigeria: signature recorded"]);
    expect(entries[0]!.summary["@type"]).toBe("text");
    expect(entries[0]!.summary["#text"]).toContain(`Reason: ${HOSTILE_REASON}`);
  });

  test("the region feed carries its participants’ changes; the site-wide feed names its author too; unknown ones are 404, malformed ones 400", async ({
    request,
    page,
  }) => {
    const africa = entriesOf(parseFeed(await (await request.get("/regions/africa/feed.xml")).text()));
    expect(africa.map((entry) => entry.title["#text"])).toContain("Nigeria: signature corrected");
    const europe = entriesOf(parseFeed(await (await request.get("/regions/europe/feed.xml")).text()));
    expect(europe.map((entry) => entry.title["#text"])).not.toContain("Nigeria: signature corrected");
    expect(parseFeed(await (await request.get("/feed.xml")).text()).feed.author.name).toBe("Code of Conduct Signatory Tracker");
    for (const path of ["/regions/atlantis/feed.xml", "/regions/Africa/feed.xml", "/signatories/zzz/feed.xml"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    // Not a participant code at all: refused as a bad parameter, with the message.
    const malformed = await request.get("/signatories/..%2Fapi/feed.xml");
    expect(malformed.status()).toBe(400);
    expect(((await malformed.json()) as { error: { fields: { code: string } } }).error.fields.code).toContain("Use the participant's code");
    await page.goto("/signatories/nga");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      /\/signatories\/nga\/feed\.xml$/,
    );
  });

  test("the embeds: small, no script, frameable by any site — and nothing else is", async ({ request }) => {
    for (const path of ["/embed/count", "/embed/map"]) {
      const response = await request.get(path);
      const csp = response.headers()["content-security-policy"]!;
      expect(csp).toContain("frame-ancestors *");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("frame-src 'none'");
      expect(response.headers()["x-frame-options"]).toBeUndefined();
      const html = await response.text();
      expect(html).not.toMatch(/<script|<iframe|<object|<form|<base|\son\w+=/i);
      expect(html.length).toBeLessThan(path === "/embed/count" ? 4_000 : 80_000);
      // The query never reaches the document.
      expect(await (await request.get(`${path}?x=<b>injected</b>`)).text()).not.toContain("injected");
    }
    for (const path of [
      "/",
      "/signatories",
      "/signatories/nga",
      "/compare",
      "/api",
      "/api/v1/ledger",
      "/api/v1/signatories",
      "/signatories/nga/feed.xml",
      "/embed/count/x",
      "/embed/countx",
      "/embed/Count",
      "/embed",
      "/embed/map.svg",
      "/login",
    ]) {
      const headers = (await request.get(path, { maxRedirects: 0 })).headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  test("in a browser on another origin: the two embeds show, the list and a look-alike path are refused", async ({ page }) => {
    await page.goto(`http://localhost:${FRAMING_PORT}/`);
    const count = page.frameLocator('iframe[name="count"]');
    await expect(count.locator(".figure")).toHaveText(/^\d+$/);
    await expect(count.getByRole("link", { name: "Source: Code of Conduct Signatory Tracker" })).toHaveAttribute("target", "_blank");
    await expect(page.frameLocator('iframe[name="map"]').locator("svg use").first()).toBeAttached();
    await expect.poll(() => page.frame({ name: "list" })?.url()).toMatch(/^chrome-error:/);
    await expect.poll(() => page.frame({ name: "lookalike" })?.url()).toMatch(/^chrome-error:/);
    await page.screenshot({ path: "test-results/embeds-framed.png", fullPage: true });
  });

  test("/api offers the copy-paste snippets and the verification procedure", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/api");
    await expect(page.getByTestId("embed-count-snippet")).toContainText(`<iframe src="${E2E_BASE_URL}/embed/count"`);
    await expect(page.getByTestId("embed-map-snippet")).toContainText(`<iframe src="${E2E_BASE_URL}/embed/map"`);
    await expect(page.getByTestId("verify-script")).toContainText("sha256sum");
    await expectNoAxeViolations(page);
  });
});
