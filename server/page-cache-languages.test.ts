import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { variesOnUnkeyedHeader } from "./cacheable-request";
import { createRequestHandler } from "./request-handler";
import { send } from "./testing/send-raw";

// The page cache and the languages of the open API (docs/page-cache.md): an export's language is its `lang`
// parameter, part of the key; an error's language is negotiated from Accept-Language too, so errors (never
// stored anyway) and anything that says `Vary: Accept-Language` are never served to another client.

/** Answers as the API does: lang= or Accept-Language picks the error's language; lang= alone the export's. */
function imitationApi(rendered: string[]) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    rendered.push(`${url.pathname}${url.search} ${request.headers["accept-language"] ?? ""}`);
    const choice = negotiateLocale({ lang: url.searchParams.getAll("lang"), acceptLanguage: request.headers["accept-language"] });
    if (!choice.ok || url.searchParams.get("format") === "bad") {
      response.writeHead(400, { "content-type": "application/json", vary: "Accept-Language", "cache-control": "no-store" });
      response.end(JSON.stringify({ error: { message: `error in ${choice.locale}` } }));
      return;
    }
    if (url.pathname === "/api/v1/participants") {
      // A route that (wrongly) localised a 200 by the header: it says so, and the cache must not keep it.
      response.writeHead(200, { "content-type": "application/json", vary: "Accept-Language" });
      response.end(JSON.stringify({ language: choice.locale }));
      return;
    }
    response.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
    response.end(`code,name\nsau,${choice.ok && choice.source === "lang" ? choice.locale : "en"}\n`);
  };
}

describe("the page cache and languages", () => {
  let server: Server;
  let origin: string;
  let rendered: string[];

  async function start() {
    rendered = [];
    server = createServer(createRequestHandler(imitationApi(rendered), { readRevision: () => 1, maxBytes: 1024 * 1024 }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("keeps one export per lang, and serves each only to requests for it", async () => {
    await start();
    const paths = ["fr", "ar", "zh"].map((lang) => `/api/v1/signatories?format=csv&lang=${lang}`);
    for (const path of [...paths, ...paths]) await send(origin, path, { "accept-language": "ru" });
    for (const [index, lang] of ["fr", "ar", "zh"].entries()) {
      const hit = await send(origin, paths[index]!, { "accept-language": "en" });
      expect(hit.headers["x-page-cache"]).toBe("hit");
      expect(hit.text).toBe(`code,name\nsau,${lang}\n`);
    }
    expect(rendered).toHaveLength(3);
    // Without lang the export is English whatever the header says: one entry serves everyone.
    await send(origin, "/api/v1/signatories?format=csv", { "accept-language": "ar" });
    const english = await send(origin, "/api/v1/signatories?format=csv", { "accept-language": "fr" });
    expect(english).toMatchObject({ text: "code,name\nsau,en\n", headers: { "x-page-cache": "hit" } });
  });

  it("never serves one language's error to another client", async () => {
    await start();
    const french = await send(origin, "/api/v1/signatories?format=bad", { "accept-language": "fr" });
    const arabic = await send(origin, "/api/v1/signatories?format=bad", { "accept-language": "ar" });
    const badLang = await send(origin, "/api/v1/signatories?lang=de", { "accept-language": "zh" });
    expect([french.status, arabic.status, badLang.status]).toEqual([400, 400, 400]);
    expect(JSON.parse(french.text)).toEqual({ error: { message: "error in fr" } });
    expect(JSON.parse(arabic.text)).toEqual({ error: { message: "error in ar" } });
    expect(JSON.parse(badLang.text)).toEqual({ error: { message: "error in zh" } });
    expect(arabic.headers["x-page-cache"]).not.toBe("hit");
    expect(rendered).toHaveLength(3);
  });

  it("does not store a 200 that varies on Accept-Language", async () => {
    await start();
    const french = await send(origin, "/api/v1/participants", { "accept-language": "fr" });
    const arabic = await send(origin, "/api/v1/participants", { "accept-language": "ar" });
    expect(JSON.parse(french.text)).toEqual({ language: "fr" });
    expect(JSON.parse(arabic.text)).toEqual({ language: "ar" });
    expect(rendered).toHaveLength(2);
  });
});

describe("variesOnUnkeyedHeader", () => {
  it("refuses Vary on a header the key does not hold, but not on Accept-Encoding or Next's own", () => {
    expect(variesOnUnkeyedHeader("Accept-Language")).toBe(true);
    expect(variesOnUnkeyedHeader("rsc, Accept-Language")).toBe(true);
    expect(variesOnUnkeyedHeader("*")).toBe(true);
    expect(variesOnUnkeyedHeader("User-Agent")).toBe(true);
    expect(variesOnUnkeyedHeader("Accept-Encoding")).toBe(false);
    expect(variesOnUnkeyedHeader("RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding")).toBe(false);
    expect(variesOnUnkeyedHeader(undefined)).toBe(false);
  });
});
