import { Feed } from "feed";
import type { PublicChange } from "@/lib/changes/list-public-changes";
import { TRACKER_NAME } from "@/lib/exports/suggested-citation";

const RECORDED_ACTION_NOUNS: Record<string, string> = { signature: "signature", accession: "accession", withdrawal: "withdrawal" };

/** "Kazakhstan: signature recorded", "Kazakhstan: record corrected" … */
export function changeTitle(change: Pick<PublicChange, "action" | "participant" | "recordedAction">): string {
  const who = change.participant?.name ?? "The record";
  const noun = RECORDED_ACTION_NOUNS[change.recordedAction ?? ""] ?? "entry";
  switch (change.action) {
    case "signature.create":
      return `${who}: ${noun} recorded`;
    case "signature.update":
      return `${who}: ${noun} corrected`;
    case "signature.withdraw":
      return `${who}: withdrawal recorded`;
    case "signature.delete":
      return `${who}: ${noun} removed from the record`;
    case "evidence.attach":
      return `${who}: evidence document attached`;
    case "evidence.detach":
      return `${who}: evidence document removed`;
    case "evidence.visibility":
      return `${who}: evidence document made public or restricted`;
    default:
      return `${who}: record changed (${change.action})`;
  }
}

function changeSummary(change: PublicChange): string {
  const parts: string[] = [];
  if (change.changedFields.length > 0) parts.push(`Changed: ${change.changedFields.join(", ")}.`);
  if (change.reason) parts.push(`Reason: ${change.reason}${/[.!?]$/.test(change.reason) ? "" : "."}`);
  parts.push(`Recorded by ${change.actorName}.`);
  return parts.join(" ");
}

/** Atom 1.0: new signatures and corrections, newest first, each linking to the participant's page. */
export function buildChangesFeed(input: {
  origin: string;
  instrumentTitle: string;
  changes: readonly PublicChange[];
  participantUrl: (code: string) => string;
}): string {
  const feed = new Feed({
    id: `${input.origin}/feed.xml`,
    title: `${TRACKER_NAME}: new signatures and corrections`,
    description: `Changes to the published record of who signed the ${input.instrumentTitle}.`,
    link: `${input.origin}/signatories`,
    language: "en",
    updated: input.changes[0]?.at ?? new Date(0),
    generator: TRACKER_NAME,
    feedLinks: { atom: `${input.origin}/feed.xml` },
    copyright: "An independent record compiled from the sources cited on each entry.",
    // RFC 4287 §4.1.1 requires an author on the feed or on every entry (feedparser found none).
    author: { name: TRACKER_NAME, link: input.origin },
  });
  for (const change of input.changes) {
    feed.addItem({
      id: `${input.origin}/api/v1/changes#${change.id}`,
      title: changeTitle(change),
      link: change.participant ? input.participantUrl(change.participant.code) : `${input.origin}/signatories`,
      date: change.at,
      published: change.at,
      description: changeSummary(change),
    });
  }
  return feed.atom1();
}
