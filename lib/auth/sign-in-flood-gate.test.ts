import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createSignInFloodGate, FLOOD_GATE_LIMITS } from "./sign-in-flood-gate";

describe("the sign-in flood gate in front of Next", () => {
  let server: Server;
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  async function start() {
    const refuseSignInFlood = createSignInFloodGate(0, "http://localhost:3000");
    let reachedNext = 0;
    server = createServer((request, response) => {
      request.headers["x-client-address"] = request.socket.remoteAddress ?? "";
      void refuseSignInFlood(request, response).then((refused) => {
        if (refused) return;
        reachedNext++;
        response.end("next");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return { origin: `http://127.0.0.1:${port}`, reachedNext: () => reachedNext };
  }

  it("lets a client's allowance of sign-ins through, then answers 429 as next-auth would, without reaching Next", async () => {
    const { origin, reachedNext } = await start();
    const post = () =>
      fetch(`${origin}/api/auth/callback/credentials`, { method: "POST", headers: { "x-client-address": "6.6.6.6" }, body: "x" });
    const statuses = [];
    for (let i = 0; i <= FLOOD_GATE_LIMITS.perClient.points; i++) statuses.push((await post()).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(FLOOD_GATE_LIMITS.perClient.points);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get("error")).toMatch(/^locked:\d+$/);
    expect(reachedNext()).toBe(FLOOD_GATE_LIMITS.perClient.points);
    // Everything else still goes through.
    expect((await fetch(`${origin}/`)).status).toBe(200);
    expect((await fetch(`${origin}/api/auth/csrf`)).status).toBe(200);
  });
});
