import { describe, expect, it } from "vitest";
import { shapeName } from "./shape-name";
import { worldShapes } from "./world-shapes";

describe("shapeName", () => {
  const taiwan = worldShapes().find((shape) => shape.isoNumeric === "158")!;
  const withoutCode = worldShapes().find((shape) => shape.isoNumeric === null)!;

  it("names an outline from the atlas in English and from CLDR in another language", () => {
    expect(shapeName(taiwan, "en")).toBe(taiwan.atlasName);
    expect(shapeName(taiwan, "ru")).toBe("Тайвань");
    expect(shapeName(taiwan, "zh")).toBe("台湾");
  });

  it("keeps the atlas's name for an outline without an ISO code", () => {
    expect(shapeName(withoutCode, "fr")).toBe(withoutCode.atlasName);
  });
});
