import { createHash } from "node:crypto";
import { todayIso } from "@/lib/dates/partial-date";

// Validators for public responses, shared by the open API (lib/api/http.ts) and the page cache in front of
// Next (server/), so that a page and the data behind it revalidate the same way on every replica.

/**
 * A weak validator: the same record revision, URL and calendar day give the same data (responses name the
 * day as their default "as of"; the generation time inside a file may differ, hence weak).
 */
export function entityTag(revision: number, url: URL, day: string = todayIso()): string {
  const params = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  const basis = `${url.pathname}?${new URLSearchParams(params)}|${day}`;
  return `W/"r${revision}-${createHash("sha256").update(basis).digest("base64url").slice(0, 16)}"`;
}

/** The validator of a response pinned to a past revision (?revision=N): it holds for good, whatever the day. */
export function versionTag(revision: number, url: URL): string {
  const params = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  const basis = `${url.pathname}?${new URLSearchParams(params)}`;
  return `W/"v${revision}-${createHash("sha256").update(basis).digest("base64url").slice(0, 16)}"`;
}

/** Whether If-None-Match names this tag (weak comparison, lists and "*" included, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (value: string) => value.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(tag));
}
