import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vnuJar from "vnu-jar";
import { E2E_BASE_URL } from "../e2e-settings";
import { expect, test } from "../fixtures";
import { clearParticipant, correctAction, publishSignature, uniqueMarker } from "../open-data-data";
import { FEEDS, HTML_PAGES } from "./targets";
import { runPythonCheck, runTool } from "./tools";

// Every public page through the Nu HTML checker (one JVM for all of them), every feed through feedparser,
// and the sitemap's lastmod against the record.

type VnuMessage = { type: "error" | "info" | "non-document-error"; subType?: string; url: string; message: string; extract?: string };
type FeedRead = {
  bozo: boolean;
  bozoException: string;
  version: string;
  feed: { id: string | null; title: string | null; updated: string | null; author: string | null; links: { rel: string; href: string }[] };
  entries: { id: string | null; title: string | null; link: string | null; updated: string | null; author: string | null }[];
};

test.describe("pages and feeds read by independent validators", () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ db }) => {
    // The page of the validators' own participant holds text that must be escaped, and a correction.
    const { signatureId } = await publishSignature(db, "col", {
      place: 'Bogotá <script>alert(1)</script> & "quotes"',
      signerName: '=HYPERLINK("http://x")',
      evidenceUrl: "https://example.org/col%C3%B3mbia?a=1&b=2",
    });
    await correctAction(db, "col", signatureId, { place: "Bogotá <i>D.C.</i>", reason: `Corrected <b>${uniqueMarker("reason")}</b>` });
  });
  test.afterAll(async ({ db }) => {
    await clearParticipant(db, "col");
  });

  test("every public page is valid HTML for the Nu HTML checker (errors and warnings)", async ({ request }) => {
    const folder = mkdtempSync(join(tmpdir(), "vnu-pages-"));
    const files = new Map<string, string>();
    for (const [index, path] of HTML_PAGES.entries()) {
      const response = await request.get(path);
      const contentType = response.headers()["content-type"] ?? "";
      expect(contentType, path).toMatch(/^(text\/html|image\/svg\+xml)/);
      const file = join(folder, `page-${index}.${contentType.startsWith("image/svg") ? "svg" : "html"}`);
      writeFileSync(file, await response.body());
      files.set(`file:${file}`, path);
    }
    const java = process.env.JAVA_PATH ?? "java";
    const result = runTool(
      java,
      ["-jar", String(vnuJar), "--format", "json", "--also-check-svg", ...[...files.keys()].map((url) => url.slice(5))],
      {
        timeout: 150_000,
      },
    );
    const messages = (JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] }).messages;
    const problems = messages
      .filter((message) => message.type !== "info" || message.subType === "warning")
      .map(
        (message) =>
          `${files.get(message.url) ?? message.url}: ${message.type}${message.subType ? `/${message.subType}` : ""}: ${message.message}`,
      );
    expect(problems).toEqual([]);
  });

  test("every feed is Atom that feedparser reads whole: ids, titles, links, dates and an author", async ({ request }) => {
    for (const path of FEEDS) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("application/atom+xml");
      const folder = mkdtempSync(join(tmpdir(), "feed-"));
      writeFileSync(join(folder, "feed.xml"), await response.body());
      const feed = runPythonCheck<FeedRead>("read_feed.py", join(folder, "feed.xml"));
      expect(feed.bozo, `${path}: ${feed.bozoException}`).toBe(false);
      expect(feed.version, path).toBe("atom10");
      expect(feed.feed.id && feed.feed.title && feed.feed.updated, path).toBeTruthy();
      expect(feed.feed.links).toContainEqual({ rel: "self", href: `${E2E_BASE_URL}${path}` });
      expect(feed.entries.length, path).toBeGreaterThan(0);
      for (const entry of feed.entries) {
        expect(entry.id && entry.title && entry.link && entry.updated, JSON.stringify(entry)).toBeTruthy();
        // RFC 4287 §4.1.1: an author on the feed, or on every entry.
        expect(feed.feed.author ?? entry.author, `${path}: ${entry.id} has no author`).toBeTruthy();
      }
      expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
    }
  });

  test("the sitemap gives every page a lastmod, and a participant's moves when its record changes", async ({ request, db }) => {
    const readSitemap = async () => {
      const xml = await (await request.get("/sitemap.xml")).text();
      // Each <url> names its page, its language alternates (xhtml:link, one per language + x-default) and lastmod.
      const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
      for (const entry of entries) expect(entry.match(/<xhtml:link [^>]*hreflang="/g) ?? [], entry).toHaveLength(7);
      return new Map(
        entries.map((entry) => [/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? "", /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1]]),
      );
    };
    const before = await readSitemap();
    expect(before.size).toBeGreaterThan(200);
    for (const [url, lastmod] of before) {
      expect(lastmod, url).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(Date.parse(lastmod!), url).toBeLessThanOrEqual(Date.now());
    }

    const changedAt = new Date();
    await publishSignature(db, "col", { place: "Cartagena", evidenceUrl: "https://example.org/col" });
    const after = await readSitemap();
    const colombia = `${E2E_BASE_URL}/signatories/col`;
    expect(Date.parse(after.get(colombia)!)).toBeGreaterThanOrEqual(changedAt.getTime() - 1000);
    expect(Date.parse(after.get(`${E2E_BASE_URL}/signatories`)!)).toBeGreaterThanOrEqual(changedAt.getTime() - 1000);
    expect(after.get(`${E2E_BASE_URL}/signatories/kaz`)).toBe(before.get(`${E2E_BASE_URL}/signatories/kaz`));
    expect(after.get(`${E2E_BASE_URL}/code`)).toBe(before.get(`${E2E_BASE_URL}/code`));
  });
});
