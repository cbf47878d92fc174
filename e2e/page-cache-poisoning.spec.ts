import fc from "fast-check";
import { request as apiRequest } from "@playwright/test";
import { negotiateEncoding } from "@/server/accept-encoding";
import { expectedMediaKind, matchPublicRoute, PRECOMPRESSED_KINDS } from "@/server/public-routes";
import { COOKIE_ATTACKS, ENCODING_ATTACKS, INTERNAL_HEADERS, PLAIN_ENCODINGS } from "@/server/testing/attacks";
import { SAMPLE_URLS } from "@/server/testing/imitation-next";
import { send, type Sent } from "@/server/testing/send-raw";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";
import { touchRecord } from "./open-data-data";
import { E2E_BASE_URL } from "./e2e-settings";

// The attacker's suite against the built production server and Next itself (the unit suite,
// server/page-cache-poisoning.test.ts, runs the same against an imitation of Next). Each attack is sent to
// every public route; then plain anonymous GETs must get the real page, in an encoding they accepted,
// without signed-in content. Before the fix, x-middleware-prefetch stored `{}` as the page,
// Accept-Encoding: deflate stored a deflate body for everyone, and a session cookie named `.0` stored the
// signed-in page.

/** What each route must look like to an anonymous visitor: checked content first, then the encoding. */
function expectRealAnonymousAnswer(url: string, acceptEncoding: string | undefined, response: Sent) {
  const context = `${url} with Accept-Encoding ${JSON.stringify(acceptEncoding)}`;
  expect(response.status, context).toBe(200);
  const kind = expectedMediaKind(matchPublicRoute(url.split("?")[0] ?? "")!, response.headers["content-type"]);
  expect(kind, `${context}: ${response.headers["content-type"]} is not what the route answers`).toBeDefined();
  const markers: Record<string, RegExp> = {
    html: /^<!DOCTYPE html>[^]*<\/html>\s*$/,
    json: /^[[{][^]*[\]}]$/,
    svg: /<svg[^]*<\/svg>/,
    atom: /<feed[^]*<\/feed>/,
    csv: /^code,iso2,/,
    zip: /^PK/,
  };
  expect(response.text, context).toMatch(markers[kind!] ?? /^$/);
  expect(response.text, `${context}: signed-in content`).not.toContain('href="/editor"');
  // Never an encoding the client did not accept; a stored page in its preferred one, a render as Next sent it.
  const sent = response.headers["content-encoding"] ?? "identity";
  expect(
    sent === "identity" ? negotiateEncoding(acceptEncoding, ["identity"]) : negotiateEncoding(acceptEncoding, [sent as "br" | "gzip"]),
    `${context}: sent ${sent}`,
  ).toBe(sent);
  // Formats already compressed (zip, xlsx, pdf) are stored and sent as they are.
  const compressible = response.headers["x-page-cache"] === "hit" && !PRECOMPRESSED_KINDS.has(kind!);
  expect(sent, context).toBe(compressible ? negotiateEncoding(acceptEncoding) : "identity");
}

async function expectRealPagesForEveryone() {
  for (const url of SAMPLE_URLS) {
    for (const acceptEncoding of PLAIN_ENCODINGS) {
      const headers: Record<string, string> = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
      // Twice: the second is answered from the cache if anything was stored.
      for (let attempt = 0; attempt < 2; attempt++) {
        expectRealAnonymousAnswer(url, acceptEncoding, await send(E2E_BASE_URL, url, headers));
      }
    }
  }
}

async function attack(headers: Record<string, string>, method = "GET") {
  for (const url of SAMPLE_URLS) {
    await send(E2E_BASE_URL, url, headers, method);
    await send(E2E_BASE_URL, url, headers, method);
  }
}

test.describe("the page cache against an attacker", () => {
  test.describe.configure({ timeout: 120_000 });
  // A new record revision: every stored page is stale, so each test starts from an empty cache.
  test.beforeEach(async ({ db }) => touchRecord(db));

  test("Next's internal headers never become the page (x-middleware-prefetch stored {})", async () => {
    for (const headers of INTERNAL_HEADERS) await attack(headers);
    await expectRealPagesForEveryone();
  });

  test("no Accept-Encoding leaves a body other clients cannot decode (deflate was stored)", async () => {
    for (const acceptEncoding of ENCODING_ATTACKS) await attack({ "accept-encoding": acceptEncoding });
    await expectRealPagesForEveryone();
  });

  test("a real session under any of next-auth's cookie names never reaches anonymous visitors (.0 was stored)", async ({ db }) => {
    const api = await apiRequest.newContext({ baseURL: E2E_BASE_URL });
    await signIn(api, await createAccount(db));
    const token = (await api.storageState()).cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"))!.value;
    await api.dispose();
    const signedIn = await send(E2E_BASE_URL, "/signatories", { cookie: `next-auth.session-token.0=${token}` });
    expect(signedIn.text, "next-auth accepts the chunked cookie: the attack is real").toContain('href="/editor"');
    for (const name of [
      "next-auth.session-token.0",
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "__Secure-next-auth.session-token.0",
    ]) {
      await attack({ cookie: `${name}=${token}` });
    }
    for (const cookie of COOKIE_ATTACKS) await attack({ cookie });
    await attack({ authorization: "Basic YWRtaW46YWRtaW4=" });
    await expectRealPagesForEveryone();
  });

  test("HEAD and Range requests leave no partial or empty page behind", async () => {
    await attack({}, "HEAD");
    await attack({ range: "bytes=0-9" });
    await attack({ range: "bytes=0-9", "accept-encoding": "gzip" });
    await expectRealPagesForEveryone();
  });

  test("holds for generated header sets (fast-check)", async () => {
    const headerName = fc.oneof(
      fc.constantFrom(
        "accept-encoding",
        "cookie",
        "authorization",
        "range",
        "accept",
        "user-agent",
        ...INTERNAL_HEADERS.flatMap((headers) => Object.keys(headers).slice(0, 1)),
      ),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    );
    const headerValue = fc.constantFrom(
      "1",
      "",
      "gzip",
      "deflate",
      "br;q=0.9, deflate",
      "identity;q=0",
      "next-auth.session-token.0=x",
      "bytes=0-1",
      "*",
      "prefetch",
      "text/x-component",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
        fc.constantFrom("GET", "HEAD"),
        fc.constantFrom(...SAMPLE_URLS),
        fc.constantFrom(...PLAIN_ENCODINGS),
        async (headers, method, url, acceptEncoding) => {
          await send(E2E_BASE_URL, url, headers, method);
          await send(E2E_BASE_URL, url, headers, method);
          const plainHeaders: Record<string, string> = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
          expectRealAnonymousAnswer(url, acceptEncoding, await send(E2E_BASE_URL, url, plainHeaders));
        },
      ),
      { numRuns: 60 },
    );
  });
});

test.describe("the production server's HTTP rules", () => {
  test("public pages are public, no-cache with an ETag from the record revision, and revalidate with 304", async () => {
    for (const url of ["/", "/signatories/kaz", "/api/v1/signatories"]) {
      await send(E2E_BASE_URL, url);
      const page = await send(E2E_BASE_URL, url, { "accept-encoding": "gzip" });
      expect(page.headers["cache-control"], url).toBe("public, no-cache");
      expect(page.headers.etag, url).toMatch(/^W\/"r\d+-/);
      const again = await send(E2E_BASE_URL, url, { "if-none-match": page.headers.etag! });
      expect(again.status, url).toBe(304);
    }
  });

  test("signed-in and sign-in responses stay private and unstored", async ({ db }) => {
    const api = await apiRequest.newContext({ baseURL: E2E_BASE_URL });
    await signIn(api, await createAccount(db));
    const cookie = (await api.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
    await api.dispose();
    for (const url of ["/signatories", "/editor", "/login", "/api/auth/session"]) {
      const response = await send(E2E_BASE_URL, url, { cookie });
      expect(response.headers["cache-control"], url).toMatch(/private|no-store/);
      expect(response.headers["cache-control"], url).not.toContain("public");
      expect(response.headers["x-page-cache"], url).toBeUndefined();
    }
  });

  test("unknown methods get 405 with Allow (TRACE was a 500)", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const response = await send(E2E_BASE_URL, "/signatories", {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe("GET, HEAD, POST, OPTIONS");
      expect(response.headers["x-frame-options"], method).toBe("DENY");
    }
  });

  test("a page is the same for a crawler and a browser, so one stored copy serves both", async () => {
    const fill = { "x-page-cache-fill": "1" };
    const bot = await send(E2E_BASE_URL, "/signatories/kaz", { ...fill, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" });
    const browser = await send(E2E_BASE_URL, "/signatories/kaz", {
      ...fill,
      "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36",
    });
    const head = (text: string) => text.slice(0, text.indexOf("</head>"));
    expect(head(browser.text)).toBe(head(bot.text));
    expect(head(browser.text)).toContain('property="og:title"');
  });
});
