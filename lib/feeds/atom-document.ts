// Atom 1.0 (RFC 4287), written here rather than by a library so that two rules hold by construction:
// every text is escaped text (type="text") — a correction's reason is shown as written, never run as
// markup in a feed reader — and the feed always names its author (RFC 4287 §4.1.1 requires one).

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  alternate: string;
  author: { name: string; uri: string };
  rights: string;
  generator: string;
  entries: readonly AtomEntry[];
};

// Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/FFFF).
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value: markup characters escaped, impossible characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

export function atomDocument(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    <id>${escapeXml(entry.id)}</id>`,
      `    ${text("title", entry.title)}`,
      `    ${link("alternate", "text/html", entry.link)}`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      ...(entry.published ? [`    <published>${entry.published.toISOString()}</published>`] : []),
      `    ${text("summary", entry.summary)}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  ${text("title", feed.title)}`,
    `  ${text("subtitle", feed.subtitle)}`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    `  ${link("self", "application/atom+xml", feed.self)}`,
    `  ${link("alternate", "text/html", feed.alternate)}`,
    `  <generator>${escapeXml(feed.generator)}</generator>`,
    `  ${text("rights", feed.rights)}`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
