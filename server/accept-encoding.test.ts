import { describe, expect, it } from "vitest";
import { negotiateEncoding } from "./accept-encoding";

describe("negotiateEncoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["deflate", "identity"],
    ["gzip;q=0, deflate", "identity"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["GZIP", "gzip"],
    ["x-gzip", "gzip"],
    ["gzip;q=0.5", "gzip"],
    ["identity", "identity"],
    ["*", "br"],
    ["*;q=0.1, identity;q=0.5", "identity"],
    ["br;q=2", "identity"], // an invalid q-value counts as not acceptable
    ["gzip ; q = 0.4 , br ; q=0.3", "gzip"],
  ])("Accept-Encoding %j → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it("never picks an encoding the client refused, nor one that is not kept", () => {
    expect(negotiateEncoding("identity;q=0", ["identity"])).toBeNull();
    expect(negotiateEncoding("*;q=0", ["identity"])).toBeNull();
    expect(negotiateEncoding("gzip, identity;q=0", ["identity"])).toBeNull();
    expect(negotiateEncoding("br", ["identity", "gzip"])).toBe("identity");
    expect(negotiateEncoding("gzip;q=0, br;q=0, identity;q=0")).toBeNull();
  });
});
