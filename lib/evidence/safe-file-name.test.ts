import { describe, expect, it } from "vitest";
import { safeFileName } from "./safe-file-name";

describe("safeFileName", () => {
  it.each([
    ["Note verbale 2019-04.pdf", "pdf", "Note verbale 2019-04.pdf"],
    ["minutes.html", "pdf", "minutes.pdf"],
    ["scan.JPEG", "jpeg", "scan.jpg"],
    ["IMG_0042", "png", "IMG_0042.png"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\attaché\\Desktop\\lettre.pdf", "pdf", "lettre.pdf"],
    // The right-to-left override that makes "invoice\u202Efdp.exe" look like "invoiceexe.pdf".
    ["invoice\u202Efdp.exe", "pdf", "invoicefdp.pdf"],
    ["zero\u200Bwidth\u0000nul\nline.pdf", "pdf", "zerowidthnulline.pdf"],
    ['a "quoted" <name>: why?.pdf', "pdf", "a _quoted_ _name__ why_.pdf"],
    ["Нота вербальная № 12.PDF", "pdf", "Нота вербальная № 12.pdf"],
    ["   ...   ", "pdf", "evidence.pdf"],
    ["", "jpeg", "evidence.jpg"],
    [".pdf", "pdf", "evidence.pdf"],
  ] as const)("%j as %s → %j", (name, format, expected) => {
    expect(safeFileName(name, format)).toBe(expected);
  });

  it("keeps at most 120 characters before the extension, counting characters, not UTF-16 units", () => {
    expect(safeFileName(`${"€".repeat(300)}.pdf`, "pdf")).toBe(`${"€".repeat(120)}.pdf`);
    expect([...safeFileName(`${"𝄞".repeat(200)}.png`, "png")]).toHaveLength(124);
  });
});
