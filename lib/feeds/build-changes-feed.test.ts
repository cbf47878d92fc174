import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { PublicChange } from "@/lib/changes/list-public-changes";
import { escapeXml } from "./atom-document";
import { buildChangesFeed } from "./build-changes-feed";

const ATTACK = `<img src=x onerror="alert(1)"><script>alert(2)</script>]]><a href="javascript:alert(3)">x</a> & \u0007bell`;

const change = (overrides: Partial<PublicChange> = {}): PublicChange => ({
  id: "c1",
  at: new Date("2026-11-28T10:00:00Z"),
  action: "signature.update",
  entityType: "signature",
  participant: { code: "zaf", name: "South Africa" },
  actorName: "Ana <b>Editor</b>",
  reason: ATTACK,
  changedFields: ["place"],
  recordedAction: "accession",
  ...overrides,
});

function parse(xml: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
    feed: { author: { name: string; uri: string }; entry: { summary: { "#text": string; "@type": string }; title: { "#text": string } } };
  };
}

describe("the Atom feeds", () => {
  const xml = buildChangesFeed({
    origin: "http://localhost",
    instrumentTitle: "Code of Conduct",
    changes: [change()],
    participantUrl: (code) => `http://localhost/signatories/${code}`,
    scope: { kind: "participant", code: "zaf", name: "South Africa" },
  });

  it("name their author, as RFC 4287 requires", () => {
    expect(parse(xml).feed.author).toEqual({ name: "Code of Conduct Signatory Tracker", uri: "http://localhost" });
  });

  it("give a correction's reason to readers as text, never as markup (the attacker's test)", () => {
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("CDATA");
    expect(xml).not.toContain("\u0007");
    const { entry } = parse(xml).feed;
    expect(entry.summary["@type"]).toBe("text");
    // A reader decodes the entities back to the characters typed: shown as text, not run.
    expect(entry.summary["#text"]).toContain('Reason: <img src=x onerror="alert(1)"><script>alert(2)</script>]]>');
    expect(entry.summary["#text"]).toContain("Recorded by Ana <b>Editor</b>.");
  });

  it("is well-formed and links itself, the participant's page and each change", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://localhost/signatories/zaf/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://localhost/signatories/zaf"/>');
    expect(parse(xml).feed.entry.title["#text"]).toBe("South Africa: accession corrected");
  });

  it("escapes every markup character and drops what XML cannot hold", () => {
    expect(escapeXml(`<>&"'\u0000\ud800x`)).toBe("&lt;&gt;&amp;&quot;&apos;x");
  });
});
