import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheableRequest } from "./cacheable-request";
import { createRequestHandler } from "./request-handler";
import { imitationNext, realPage } from "./testing/imitation-next";
import { send } from "./testing/send-raw";

// No language is ever served another's page: the prefix is part of the key, the language cookie is allowed
// only with a language as its value (and joins the key), and Accept-Language never picks a stored copy.
// e2e/page-cache-locales.spec.ts replays this against the built app, checking lang and content.
describe("the page cache and the six languages", () => {
  let server: Server;
  let origin: string;
  let rendered: string[];

  beforeEach(async () => {
    rendered = [];
    server = createServer(
      createRequestHandler(
        imitationNext(() => 1, rendered),
        { readRevision: () => 1, maxBytes: 1024 * 1024 },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("keeps each language's copy of a page apart, whatever Accept-Language or language cookie comes with the request", async () => {
    const warm = await send(origin, "/fr/signatories?q=a");
    expect(warm.headers["x-page-cache"]).toBe("miss");
    for (const [path, headers] of [
      ["/ru/signatories?q=a", {}],
      ["/signatories?q=a", { "accept-language": "fr-FR,fr;q=0.9" }],
      ["/signatories?q=a", { cookie: "NEXT_LOCALE=fr" }],
      ["/ar/signatories?q=a", { cookie: "NEXT_LOCALE=fr", "accept-language": "fr" }],
    ] as const) {
      const answer = await send(origin, path, headers);
      expect(answer.text, `${path} ${JSON.stringify(headers)}`).toBe(realPage(path, 1));
    }
    const again = await send(origin, "/fr/signatories?q=a", { "accept-language": "ru", cookie: "NEXT_LOCALE=ru" });
    expect(again.text).toBe(realPage("/fr/signatories?q=a", 1));
  });

  it("serves a visitor who chose a language from the cache, under a key of its own", async () => {
    await send(origin, "/fr/code", { cookie: "NEXT_LOCALE=fr" });
    const hit = await send(origin, "/fr/code", { cookie: "NEXT_LOCALE=fr" });
    expect(hit.headers["x-page-cache"]).toBe("hit");
    expect(hit.text).toBe(realPage("/fr/code", 1));
    expect(cacheableRequest("GET", "/fr/code", ["cookie", "NEXT_LOCALE=fr"])?.key).not.toBe(cacheableRequest("GET", "/fr/code", [])?.key);
  });

  it("sends to Next any language cookie that is not a language, or that comes with any other cookie", () => {
    for (const cookie of [
      "NEXT_LOCALE=de",
      "NEXT_LOCALE=",
      "NEXT_LOCALE=fr; next-auth.session-token=x",
      "next-auth.session-token.0=a; NEXT_LOCALE=fr",
      "NEXT_LOCALE=<script>",
    ]) {
      expect(cacheableRequest("GET", "/fr/signatories", ["cookie", cookie]), cookie).toBeNull();
    }
    expect(cacheableRequest("GET", "/fr/signatories", ["cookie", "NEXT_LOCALE=ar"])).not.toBeNull();
  });
});
