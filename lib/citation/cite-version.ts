import { formatDay } from "@/lib/dates/format-date";
import { TRACKER_NAME } from "@/lib/exports/suggested-citation";

// "Cite this version": a permanent URL carrying the record revision, and the citation in plain text,
// BibTeX and CSL-JSON. Shown on pages (components/public/cite-this-version.tsx) and written into every
// export and the data package. A revision never changes, so neither does its citation.

export type CitationSubject = {
  /** What is cited: "Signatories of the Code of Conduct …", a participant's name … */
  title: string;
  /** The page's absolute URL without `revision` (filters kept). */
  url: string;
  revision: number;
  ledgerHead: string | null;
  /** ISO 8601 instant of the revision's last public change. */
  publishedAt: string | null;
};

export type Citation = { url: string; text: string; bibtex: string; cslJson: string };

/** The URL with `revision=N` set (any earlier revision parameter replaced). */
export function versionUrl(url: string, revision: number): string {
  const permanent = new URL(url);
  permanent.searchParams.delete("revision");
  permanent.searchParams.append("revision", String(revision));
  return permanent.toString();
}

/** BibTeX's special characters escaped in a field value. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}%&#_$~^]/g, (character) => {
    switch (character) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${character}`;
    }
  });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function citeVersion(subject: CitationSubject): Citation {
  const url = versionUrl(subject.url, subject.revision);
  const day = subject.publishedAt?.slice(0, 10) ?? null;
  const head = subject.ledgerHead ? `, ledger head ${subject.ledgerHead}` : "";
  const published = day ? `, published ${formatDay(day)}` : "";
  const text = `${TRACKER_NAME}, “${subject.title}”, revision ${subject.revision}${published}${head}. ${url}`;

  const [year, month, date] = day ? day.split("-").map(Number) : [];
  const key = `signatory-tracker-r${subject.revision}-${subject.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)}`;
  // {{…}}: BibTeX keeps the name whole (not "Tracker, Code of Conduct Signatory") and the title's capitals.
  const fields: [string, string][] = [
    ["author", `{{${escapeBibtex(TRACKER_NAME)}}}`],
    ["title", `{{${escapeBibtex(subject.title)}}}`],
    ["version", `{${subject.revision}}`],
    ...(year ? [["year", `{${year}}`] as [string, string]] : []),
    ...(month ? [["month", MONTHS[month - 1] ?? ""] as [string, string]] : []),
    ["url", `{${url}}`],
    ...(subject.ledgerHead
      ? [["note", `{Record revision ${subject.revision}, ledger head ${subject.ledgerHead}}`] as [string, string]]
      : []),
  ];
  const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}`;
  const csl = {
    id: key,
    type: "dataset",
    title: subject.title,
    author: [{ literal: TRACKER_NAME }],
    version: String(subject.revision),
    URL: url,
    ...(year && month && date ? { issued: { "date-parts": [[year, month, date]] } } : {}),
    ...(subject.ledgerHead ? { note: `Ledger head ${subject.ledgerHead}` } : {}),
  };
  return { url, text, bibtex, cslJson: JSON.stringify([csl], null, 2) };
}
