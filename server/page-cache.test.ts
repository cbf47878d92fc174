import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { PageCacheOptions } from "./page-cache";
import { oncePerEventLoopTurn } from "./page-cache";
import { PUBLIC_CACHE_CONTROL } from "./render-and-store";
import { createPageStore, storedPage } from "./page-store";
import { createRequestHandler } from "./request-handler";
import { imitationNext, realPage } from "./testing/imitation-next";
import { send } from "./testing/send-raw";

describe("the production server's page cache", () => {
  let server: Server;
  let origin: string;
  let revision: number;
  let rendered: string[];

  async function start(options: Partial<PageCacheOptions> = {}, next?: Parameters<typeof createRequestHandler>[0]) {
    revision = 1;
    rendered = [];
    server = createServer(
      createRequestHandler(next ?? imitationNext(() => revision, rendered), {
        readRevision: () => revision,
        maxBytes: 1024 * 1024,
        ...options,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("renders a public page once per record revision and serves the same page, with Next's headers, after", async () => {
    await start();
    const first = await send(origin, "/signatories?q=Tun");
    const second = await send(origin, "/signatories?q=Tun", { "accept-encoding": "gzip" });
    expect(first).toMatchObject({ status: 200, text: realPage("/signatories?q=Tun", 1) });
    expect(first.headers["x-page-cache"]).toBe("miss");
    expect(second).toMatchObject({ status: 200, text: first.text });
    expect(second.headers).toMatchObject({
      "x-page-cache": "hit",
      "content-encoding": "gzip",
      "x-frame-options": "DENY",
      "content-type": "text/html; charset=utf-8",
    });
    expect(second.headers.vary).toMatch(/Accept-Encoding/);
    expect(rendered).toEqual(["/signatories?q=Tun"]);

    revision = 2; // an edit was committed
    const third = await send(origin, "/signatories?q=Tun");
    expect(third.text).toBe(realPage("/signatories?q=Tun", 2));
    expect(rendered).toHaveLength(2);
  });

  it("sends public pages as public, no-cache with an ETag from the record revision, and answers a match with 304", async () => {
    await start();
    const miss = await send(origin, "/signatories/kaz");
    const hit = await send(origin, "/signatories/kaz");
    for (const response of [miss, hit]) {
      expect(response.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
      expect(response.headers.etag).toMatch(/^W\/"r1-/);
    }
    expect(hit.headers.etag).toBe(miss.headers.etag);
    const revalidated = await send(origin, "/signatories/kaz", { "if-none-match": miss.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.byteLength).toBe(0);
    expect(revalidated.headers.etag).toBe(miss.headers.etag);
    expect((await send(origin, "/signatories/kaz", { "if-none-match": 'W/"r0-other"' })).status).toBe(200);

    revision = 2;
    const changed = await send(origin, "/signatories/kaz", { "if-none-match": miss.headers.etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toMatch(/^W\/"r2-/);
    expect(rendered).toHaveLength(2);
  });

  it("answers HEAD from a stored page with its headers and no body", async () => {
    await start();
    const get = await send(origin, "/code", { "accept-encoding": "br" });
    const head = await send(origin, "/code", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers["x-page-cache"]).toBe("hit");
    expect(head.headers["content-length"]).toBe(String((await send(origin, "/code", { "accept-encoding": "br" })).body.byteLength));
    expect(get.status).toBe(200);
  });

  it("renders once for a crowd: requests for a page being rendered wait for that render (single flight)", async () => {
    let finishRender = () => {};
    const slowNext = imitationNext(() => revision, []);
    await start({}, (request, response) => {
      rendered.push(request.url ?? "");
      // The render completes only when the test says so, with 50 requests waiting.
      finishRender = () => slowNext(request, response);
    });
    const crowd = Array.from({ length: 50 }, (_, index) => send(origin, "/signatories", { "accept-encoding": index % 2 ? "gzip" : "br" }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rendered).toEqual(["/signatories"]);
    finishRender();
    const responses = await Promise.all(crowd);
    expect(rendered).toHaveLength(1);
    for (const response of responses) expect(response.text).toBe(realPage("/signatories", 1));
    expect(responses.filter((response) => response.headers["x-page-cache"] === "hit")).toHaveLength(49);
  });

  it("answers requests arriving during a render with the copy the change replaced under a second ago, then waits", async () => {
    const next = imitationNext(() => revision, []);
    let hold = false;
    let release = () => {};
    await start({}, (request, response) => {
      rendered.push(`${request.url} at ${revision}`);
      if (hold) release = () => next(request, response);
      else next(request, response);
    });
    await send(origin, "/signatories");
    revision = 2; // a change; its render is slow
    hold = true;
    await new Promise((resolve) => setTimeout(resolve, 150)); // the server notices the change by itself
    const leader = send(origin, "/signatories");
    await expect.poll(() => rendered).toHaveLength(2); // its render has started
    const during = await Promise.all([send(origin, "/signatories", { "accept-encoding": "gzip" }), send(origin, "/signatories")]);
    for (const response of during) expect(response.text).toBe(realPage("/signatories", 1));
    release();
    expect((await leader).text).toBe(realPage("/signatories", 2));
    expect((await send(origin, "/signatories")).text).toBe(realPage("/signatories", 2));
    expect(rendered).toEqual(["/signatories at 1", "/signatories at 2"]);

    revision = 3; // a change whose render takes longer than a second: then the others wait for it
    const slowLeader = send(origin, "/signatories");
    await expect.poll(() => rendered).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    let answered = false;
    const waiting = send(origin, "/signatories").then((response) => ((answered = true), response));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    release();
    expect((await waiting).text).toBe(realPage("/signatories", 3));
    expect((await slowLeader).text).toBe(realPage("/signatories", 3));
    expect(rendered).toEqual(["/signatories at 1", "/signatories at 2", "/signatories at 3"]);
  });

  it("lets waiting requests ask Next themselves when the render they waited for is not storable", async () => {
    await start();
    const responses = await Promise.all(Array.from({ length: 5 }, () => send(origin, "/signatories/missing")));
    expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(rendered).toHaveLength(5);
  });

  it("does not keep a page whose client went away before it was sent whole", async () => {
    await start({}, (request, response) => {
      rendered.push(request.url ?? "");
      response.setHeader("content-type", "text/html");
      response.write("<half");
      setTimeout(() => response.end(" page>"), 100);
    });
    await new Promise<void>((resolve) => {
      const request = httpRequest(`${origin}/code`, { agent: false }, (response) =>
        response.once("data", () => (request.destroy(), resolve())),
      );
      request.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await send(origin, "/code")).text).toBe("<half page>");
    expect(rendered).toEqual(["/code", "/code"]);
    expect((await send(origin, "/code")).headers["x-page-cache"]).toBe("hit");
  });

  it("never stores a response that sets a cookie", async () => {
    await start({}, (request, response) => {
      rendered.push(request.url ?? "");
      response.setHeader("content-type", "text/html");
      response.setHeader("set-cookie", "tracking=1");
      response.end("<page>");
    });
    await send(origin, "/code");
    const second = await send(origin, "/code");
    expect(second.headers["set-cookie"]).toEqual(["tracking=1"]);
    expect(rendered).toHaveLength(2);
  });

  it("keeps within its memory budget in bytes, whatever the number of distinct URLs", async () => {
    await start({ maxBytes: 200_000 });
    for (let index = 0; index < 300; index++) await send(origin, `/signatories?q=${index}`, { "accept-encoding": "gzip" });
    // The first URLs were evicted to make room: asking again renders them again.
    await send(origin, "/signatories?q=0");
    expect(rendered.filter((url) => url === "/signatories?q=0")).toHaveLength(2);
    await send(origin, "/signatories?q=299");
    expect(rendered.filter((url) => url === "/signatories?q=299")).toHaveLength(1);
  });
});

describe("createPageStore", () => {
  it("counts every variant's bytes against the budget and drops the least recently used", () => {
    const store = createPageStore(1024 * 1024);
    const body = Buffer.from("x".repeat(50_000) + Math.random());
    for (let index = 0; index < 900; index++) {
      store.set(
        `/signatories?q=${index}`,
        storedPage({ revision: 1, etag: 'W/"r1"', headers: [["content-type", "text/html"]], body, compress: true }),
      );
    }
    expect(store.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
    expect(store.size).toBeGreaterThan(10);
    expect(store.has("/signatories?q=0")).toBe(false);
    expect(store.has("/signatories?q=899")).toBe(true);
  });

  it("refuses one entry larger than an eighth of the budget", () => {
    const store = createPageStore(80_000);
    store.set(
      "/api/v1/signatories?format=pdf",
      storedPage({ revision: 1, etag: "x", headers: [], body: Buffer.alloc(20_000), compress: false }),
    );
    expect(store.size).toBe(0);
  });
});

describe("oncePerEventLoopTurn", () => {
  it("reads once for everything in one turn of the event loop, and again in the next", async () => {
    let reads = 0;
    let stored = 1;
    const revision = oncePerEventLoopTurn(() => {
      reads++;
      return stored;
    });
    expect([revision(), revision(), revision()]).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
    stored = 2; // committed while this turn's requests were being answered
    await new Promise((resolve) => setImmediate(resolve));
    expect(revision()).toBe(2);
    expect(reads).toBe(2);
  });
});
