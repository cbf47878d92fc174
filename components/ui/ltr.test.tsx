import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withLtrValue } from "./ltr";

describe("withLtrValue", () => {
  it("puts the value into the translated sentence as an element that reads left to right", () => {
    const sentence = (symbol: string) => `الوثيقة ${symbol} المؤرخة`;
    expect(renderToStaticMarkup(<p>{withLtrValue(sentence, "S/RES/2178 (2014)")}</p>)).toBe(
      '<p>الوثيقة <bdi dir="ltr">S/RES/2178 (2014)</bdi> المؤرخة</p>',
    );
  });

  it("adds no invisible character to the text, and keeps a sentence that leaves the value out", () => {
    const markup = renderToStaticMarkup(<p>{withLtrValue((header) => `Header: ${header}.`, "code,name")}</p>);
    expect(markup).not.toMatch(/[\u2066-\u2069\uE000]/);
    expect(renderToStaticMarkup(<p>{withLtrValue(() => "No symbol here", "A/73/1")}</p>)).toBe("<p>No symbol here</p>");
  });
});
