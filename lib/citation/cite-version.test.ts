import { describe, expect, it } from "vitest";
import { citeVersion, escapeBibtex, versionUrl } from "./cite-version";

const subject = {
  title: "Signatories of the Code of Conduct towards Achieving a World Free of Terrorism",
  url: "https://tracker.example/signatories?region=Asia&revision=3",
  revision: 12,
  ledgerHead: "ab".repeat(32),
  publishedAt: "2026-03-14T09:30:00.000Z",
};

describe("Cite this version", () => {
  it("gives a permanent address carrying the revision, keeping the filters and replacing any other revision", () => {
    expect(versionUrl(subject.url, 12)).toBe("https://tracker.example/signatories?region=Asia&revision=12");
  });

  it("writes the plain text with the revision, its day and the ledger head", () => {
    expect(citeVersion(subject).text).toBe(
      `Code of Conduct Signatory Tracker, “${subject.title}”, revision 12, published 14 Mar 2026, ledger head ${subject.ledgerHead}. https://tracker.example/signatories?region=Asia&revision=12`,
    );
  });

  it("writes BibTeX with the name kept whole, the version and the month", () => {
    const { bibtex } = citeVersion(subject);
    expect(bibtex).toMatch(/^@misc\{signatory-tracker-r12-[a-z0-9-]+,\n/);
    expect(bibtex).toContain("  author = {{Code of Conduct Signatory Tracker}},");
    expect(bibtex).toContain("  version = {12},");
    expect(bibtex).toContain("  year = {2026},\n  month = mar,");
    expect(bibtex.endsWith("\n}")).toBe(true);
  });

  it("escapes BibTeX's special characters in a title", () => {
    expect(escapeBibtex("Côte d'Ivoire & 100% {x}_#$~^\\")).toBe(
      "Côte d'Ivoire \\& 100\\% \\{x\\}\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}",
    );
  });

  it("writes CSL-JSON a reference manager reads: a dataset with its version, URL and date", () => {
    const [item] = JSON.parse(citeVersion(subject).cslJson) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: "dataset",
      title: subject.title,
      author: [{ literal: "Code of Conduct Signatory Tracker" }],
      version: "12",
      URL: "https://tracker.example/signatories?region=Asia&revision=12",
      issued: { "date-parts": [[2026, 3, 14]] },
    });
  });
});
