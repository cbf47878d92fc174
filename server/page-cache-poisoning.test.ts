import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { negotiateEncoding } from "./accept-encoding";
import { createRequestHandler } from "./request-handler";
import { COOKIE_ATTACKS, ENCODING_ATTACKS, INTERNAL_HEADERS, PLAIN_ENCODINGS } from "./testing/attacks";
import { imitationNext, realPage, SAMPLE_URLS } from "./testing/imitation-next";
import { send } from "./testing/send-raw";

// The attacker's suite against the production server's handler (issue 10): whatever an anonymous client
// sends first, the next plain anonymous GET of every public route gets the real page, in an encoding it
// accepted, without signed-in content. Next is imitated by ./testing/imitation-next.ts as it was seen to
// behave; e2e/page-cache-poisoning.spec.ts replays the same against the built server and Next itself.

describe("the page cache under attack", () => {
  let server: Server;
  let origin: string;
  let revision: number;
  let rendered: string[];

  beforeEach(async () => {
    revision = 1;
    rendered = [];
    server = createServer(
      createRequestHandler(
        imitationNext(() => revision, rendered),
        { readRevision: () => revision, maxBytes: 1024 * 1024 },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Every public route, asked plainly with each Accept-Encoding: the real page, in an accepted encoding. */
  async function expectRealPagesForEveryone() {
    for (const url of SAMPLE_URLS) {
      for (const acceptEncoding of PLAIN_ENCODINGS) {
        const response = await send(origin, url, acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding });
        const context = `${url} with Accept-Encoding ${JSON.stringify(acceptEncoding)}`;
        expect(response.status, context).toBe(200);
        expect(response.text, context).toBe(realPage(url, revision));
        const sent = response.headers["content-encoding"] ?? "identity";
        const accepted = negotiateEncoding(acceptEncoding, ["br", "gzip", "identity"]);
        expect(sent, context).toBe(response.headers["x-page-cache"] === "hit" ? accepted : "identity");
      }
    }
  }

  const attack = async (headers: Record<string, string>, method = "GET") => {
    for (const url of SAMPLE_URLS) {
      await send(origin, url, headers, method);
      await send(origin, url, headers, method); // twice: a first answer may have been stored
    }
  };

  it("Next's internal headers (x-middleware-prefetch, rsc, next-router-*, prefetch purposes…) never become the page", async () => {
    for (const headers of INTERNAL_HEADERS) await attack(headers);
    await expectRealPagesForEveryone();
  });

  it("no Accept-Encoding gets another client a body it cannot decode (deflate was stored and sent to all)", async () => {
    for (const acceptEncoding of ENCODING_ATTACKS) await attack({ "accept-encoding": acceptEncoding });
    await expectRealPagesForEveryone();
  });

  it("a signed-in page is never served to anonymous visitors, whatever the cookie is called (.0 was stored)", async () => {
    for (const cookie of COOKIE_ATTACKS) await attack({ cookie });
    await attack({ authorization: "Bearer stolen" });
    await attack({ authorization: "Basic YWRtaW46YWRtaW4=" });
    await expectRealPagesForEveryone();
  });

  it("HEAD and Range requests do not leave a partial or empty page behind", async () => {
    await attack({}, "HEAD");
    await attack({ range: "bytes=0-9" });
    await attack({ range: "bytes=0-9", "accept-encoding": "gzip" });
    await expectRealPagesForEveryone();
  });

  it("requests that bypass the cache still reach Next with their own headers, so a signed-in editor sees the Editor link", async () => {
    await expectRealPagesForEveryone(); // the anonymous pages are stored
    const editor = await send(origin, "/signatories", { cookie: "next-auth.session-token.0=chunk0" });
    expect(editor.text).toContain("signed-in");
    expect(editor.headers["cache-control"]).toContain("private");
    expect(editor.headers["x-page-cache"]).toBeUndefined();
  });

  it("holds for generated header sets (fast-check)", async () => {
    const headerName = fc.oneof(
      fc.constantFrom(
        "accept-encoding",
        "accept-encoding",
        "cookie",
        "cookie",
        "cookie",
        "authorization",
        "range",
        "if-none-match",
        "accept",
        "user-agent",
        "x-forwarded-host",
        ...INTERNAL_HEADERS.flatMap((headers) => Object.keys(headers).slice(0, 1)),
      ),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    );
    const headerValue = fc.oneof(
      fc.constantFrom(
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
      ),
      fc.stringMatching(/^[\x21-\x7e ]{0,30}$/).map((value) => value.trim()),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(headerName, headerValue, { maxKeys: 5 }),
        fc.constantFrom("GET", "HEAD"),
        fc.constantFrom(...SAMPLE_URLS),
        fc.constantFrom(...PLAIN_ENCODINGS),
        async (headers, method, url, acceptEncoding) => {
          await send(origin, url, headers, method);
          await send(origin, url, headers, method);
          const plain = await send(origin, url, acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding });
          expect(plain.status).toBe(200);
          expect(plain.text).toBe(realPage(url, revision));
          const sent = plain.headers["content-encoding"] ?? "identity";
          expect(sent === "identity" || sent === negotiateEncoding(acceptEncoding)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
