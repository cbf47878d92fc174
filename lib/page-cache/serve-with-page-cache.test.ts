import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { oncePerEventLoopTurn, withPageCache } from "./serve-with-page-cache";

describe("withPageCache", () => {
  let server: Server;
  let origin: string;
  let rendered: string[];
  let revision: number;

  beforeEach(async () => {
    rendered = [];
    revision = 1;
    const app = withPageCache((request, response) => {
      rendered.push(request.url ?? "");
      const status = request.url?.startsWith("/signatories/missing") ? 404 : 200;
      response.writeHead(status, { "content-type": "text/html", "x-frame-options": "DENY", etag: 'W/"r1-abc"' });
      response.write("<html>");
      response.end(`render ${rendered.length} at ${revision}</html>`);
    }, () => revision);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}${path}`, { headers });
    return { status: response.status, body: await response.text(), cache: response.headers.get("x-page-cache"), frame: response.headers.get("x-frame-options") };
  };

  it("renders a public page once per record revision and serves the same bytes and headers after", async () => {
    const first = await get("/signatories?q=Tun");
    const second = await get("/signatories?q=Tun");
    expect(first).toMatchObject({ status: 200, cache: "miss", body: "<html>render 1 at 1</html>" });
    expect(second).toMatchObject({ status: 200, cache: "hit", body: first.body, frame: "DENY" });
    expect(rendered).toEqual(["/signatories?q=Tun"]);

    revision = 2; // an edit was committed
    expect(await get("/signatories?q=Tun")).toMatchObject({ cache: "miss", body: "<html>render 2 at 2</html>" });
  });

  it("answers a matching If-None-Match from the cache with 304", async () => {
    await get("/api/v1/signatories?format=csv");
    const response = await fetch(`${origin}/api/v1/signatories?format=csv`, { headers: { "if-none-match": 'W/"r1-abc"' } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect((await get("/api/v1/signatories?format=csv", { "if-none-match": 'W/"other"' })).status).toBe(200);
    expect(rendered).toHaveLength(1);
  });

  it("always renders for editors, client navigations, other paths and failed pages", async () => {
    await get("/", { cookie: "next-auth.session-token=abc" });
    await get("/", { cookie: "next-auth.session-token=abc" });
    await get("/", { rsc: "1" });
    await get("/editor");
    await get("/editor");
    await get("/signatories/missing");
    await get("/signatories/missing");
    expect(rendered).toHaveLength(7);
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
