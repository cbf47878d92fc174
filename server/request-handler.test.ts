import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createRequestHandler } from "./request-handler";
import { send } from "./testing/send-raw";

describe("the production server's request handler", () => {
  let server: Server;
  let origin: string;
  let seen: IncomingMessage[];

  beforeEach(async () => {
    seen = [];
    const next = (request: IncomingMessage, response: import("node:http").ServerResponse) => {
      seen.push(request);
      response.setHeader("content-type", "text/html");
      response.end("<page>");
    };
    server = createServer(createRequestHandler(next, { readRevision: () => 1, maxBytes: 1024 * 1024 }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers unknown methods with 405 and the methods it allows, without reaching Next (TRACE was a 500)", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL"]) {
      const response = await send(origin, "/signatories", {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(response.text).toBe("Method not allowed: use GET, HEAD, POST, OPTIONS.\n");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
    expect(seen).toHaveLength(0);
    for (const method of ["GET", "HEAD", "POST", "OPTIONS"]) expect((await send(origin, "/editor", {}, method)).status, method).toBe(200);
  });

  it("hands Next the socket's address as x-client-address, replacing whatever the client sent", async () => {
    await send(origin, "/editor", { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" });
    await send(origin, "/signatories", { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }); // a public page, past the cache
    await send(origin, "/login");
    expect(seen.map((request) => request.headers[CLIENT_ADDRESS_HEADER])).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    const raw = seen[0]!.rawHeaders.filter((name, index) => index % 2 === 0 && name.toLowerCase() === CLIENT_ADDRESS_HEADER);
    expect(raw).toHaveLength(1);
  });
});
