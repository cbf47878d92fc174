import { describe, expect, it } from "vitest";
import { paragraphDirection, visualPieces, wrapAtSpaces } from "./bidi-lines";

const drawn = (line: string, direction: "ltr" | "rtl" = "rtl") =>
  visualPieces(line, direction)
    .filter((piece) => !piece.isSpace)
    .map((piece) => piece.text);

describe("visualPieces", () => {
  it("puts the words of an Arabic name from right to left, each in logical order for the shaper", () => {
    expect(drawn("المملكة العربية السعودية")).toEqual(["السعودية", "العربية", "المملكة"]);
  });

  it("keeps numbers and Latin left to right inside Arabic, in the right place", () => {
    expect(drawn("28 سبتمبر 2018")).toEqual(["2018", "سبتمبر", "28"]);
    // The colon belongs to the Arabic run: the shaper draws it at the run's left end, after "مقترح" as read.
    expect(drawn("اقتباس مقترح: Code of Conduct")).toEqual(["Code", "of", "Conduct", "مقترح:", "اقتباس"]);
  });

  it("mirrors brackets in right-to-left text", () => {
    // Logical "(…)" becomes ")…(" before the shaper reverses the Arabic run: it then shows as "(…)".
    expect(drawn("كازاخستان (انضمام)")).toEqual([")انضمام(", "كازاخستان"]);
    expect(drawn("(-)")).toEqual(["(-)"]);
  });

  it("leaves left-to-right text as it is", () => {
    expect(drawn("Kazakhstan (accession)", "ltr")).toEqual(["Kazakhstan", "(accession)"]);
  });
});

describe("wrapAtSpaces", () => {
  it("breaks at spaces within the width, one character per unit here", () => {
    expect(wrapAtSpaces("aaa bbb ccc", 7, (text) => text.length)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapAtSpaces("aaaaaaaaaa b", 5, (text) => text.length)).toEqual(["aaaaaaaaaa", "b"]);
    expect(wrapAtSpaces("a\nb", 50, (text) => text.length)).toEqual(["a", "b"]);
  });
});

describe("paragraphDirection", () => {
  it("reads the direction from the first letter, like dir=auto", () => {
    expect(paragraphDirection("United Nations Headquarters, New York", "rtl")).toBe("ltr");
    expect(paragraphDirection("28 سبتمبر 2018", "ltr")).toBe("rtl");
    expect(paragraphDirection("—", "rtl")).toBe("rtl");
    expect(paragraphDirection("12", "ltr")).toBe("ltr");
  });
});
