import { describe, expect, it } from "vitest";
import { clientAddressOf, normaliseAddress } from "./client-address";

describe("clientAddressOf", () => {
  it("uses the address our server took from the socket, and ignores X-Forwarded-For by default", () => {
    // The finding: the first X-Forwarded-For value was trusted, so each guess could claim a new client.
    const headers = { "x-client-address": "203.0.113.7", "x-forwarded-for": "198.51.100.1" };
    expect(clientAddressOf(headers, 0)).toBe("203.0.113.7");
    expect(clientAddressOf(new Headers(headers), 0)).toBe("203.0.113.7");
  });

  it("is unknown when no server set the socket address (next dev) — never the forwarded value", () => {
    expect(clientAddressOf({ "x-forwarded-for": "198.51.100.1" }, 0)).toBeNull();
    expect(clientAddressOf({}, 0)).toBeNull();
  });

  it("with N trusted proxies takes the N-th X-Forwarded-For entry from the right, whatever the client prepended", () => {
    const viaOneProxy = { "x-client-address": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.7" };
    expect(clientAddressOf(viaOneProxy, 1)).toBe("203.0.113.7");
    const viaTwoProxies = { "x-client-address": "10.0.0.3", "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" };
    expect(clientAddressOf(viaTwoProxies, 2)).toBe("203.0.113.7");
  });

  it("with a proxy declared but no forwarded header, falls back to the socket address", () => {
    expect(clientAddressOf({ "x-client-address": "10.0.0.2" }, 1)).toBe("10.0.0.2");
  });

  it("with fewer entries than proxies, takes the furthest entry", () => {
    expect(clientAddressOf({ "x-client-address": "10.0.0.3", "x-forwarded-for": "203.0.113.7" }, 2)).toBe("203.0.113.7");
  });

  it("refuses anything that is not an address, so a key cannot grow without bound", () => {
    expect(clientAddressOf({ "x-client-address": "10.0.0.2", "x-forwarded-for": `${"a".repeat(5000)}` }, 1)).toBeNull();
    expect(clientAddressOf({ "x-client-address": "not an address" }, 0)).toBeNull();
    expect(clientAddressOf({ "x-client-address": "1.2.3.4, 5.6.7.8" }, 0)).toBeNull();
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::1", "::1"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["192.0.2.1:80", null],
    ["evil.example", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });
});
