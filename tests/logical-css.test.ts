import { describe, expect, it } from "vitest";
import { findPhysicalDirections, scanForPhysicalDirections } from "./physical-direction-classes";

const texts = (file: string, source: string) => findPhysicalDirections(file, source).map((found) => found.text);

describe("logical CSS only (right to left)", () => {
  it("finds no physical left/right class name or property in app/ and components/", () => {
    expect(scanForPhysicalDirections(["app", "components"])).toEqual([]);
  });

  it("bites on each kind of physical class name, with or without a variant, negative or arbitrary", () => {
    const source = [
      '<p className="ml-2 mr-auto pl-4 pr-px">',
      '<a className="focus:left-2 -right-1 sm:pl-[3rem]">',
      "const cell = `border-l-4 border-r rounded-l-lg rounded-tr text-left md:text-right float-left`;",
    ].join("\n");
    expect(texts("components/x.tsx", source)).toEqual([
      "ml-2",
      "mr-auto",
      "pl-4",
      "pr-px",
      "left-2",
      "-right-1",
      "pl-[3rem]",
      "border-l-4",
      "border-r",
      "rounded-l-lg",
      "rounded-tr",
      "text-left",
      "text-right",
      "float-left",
    ]);
    expect(findPhysicalDirections("components/x.tsx", source).map((found) => found.line)).toEqual([
      1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3,
    ]);
  });

  it("lets logical class names and ordinary words through", () => {
    const source = [
      '<p className="ms-2 me-auto ps-4 pe-px start-2 -end-1 border-s-4 border-e rounded-s-lg rounded-se text-start text-end float-start">',
      "// left-to-right text, the right-hand column, a pr-review, space-x-4, translate-x-2",
      '<Link href="/api#left-column" className="underline">',
    ].join("\n");
    expect(texts("components/x.tsx", source)).toEqual([]);
  });

  it("bites on physical properties in stylesheets and lets logical ones through", () => {
    const css = [
      ".a { margin-left: 1rem; padding-right: 0; border-left: 1px solid; }",
      ".b { left: 0; text-align: right; float: left; }",
      ".c { margin-inline-start: 1rem; padding-inline-end: 0; inset-inline-start: 0; text-align: start; }",
    ].join("\n");
    expect(texts("app/globals.css", css)).toEqual([
      "margin-left:",
      "padding-right:",
      "border-left:",
      "left:",
      "text-align: right",
      "float: left",
    ]);
  });
});
