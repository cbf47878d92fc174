import type { PublicChange } from "@/lib/changes/list-public-changes";
import { TRACKER_NAME } from "@/lib/exports/suggested-citation";
import { atomDocument } from "./atom-document";

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
    case "statement.create":
      return `${who}: statement recorded`;
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

/** Which changes a feed follows: all of them, one participant's, or one region's. */
export type FeedScope =
  { kind: "all" } | { kind: "participant"; code: string; name: string } | { kind: "region"; slug: string; name: string };

function feedPath(scope: FeedScope): { feed: string; page: string; title: string } {
  switch (scope.kind) {
    case "all":
      return { feed: "/feed.xml", page: "/signatories", title: `${TRACKER_NAME}: new signatures and corrections` };
    case "participant":
      return { feed: `/signatories/${scope.code}/feed.xml`, page: `/signatories/${scope.code}`, title: `${TRACKER_NAME}: ${scope.name}` };
    case "region":
      return {
        feed: `/regions/${scope.slug}/feed.xml`,
        page: `/signatories?region=${scope.name}`,
        title: `${TRACKER_NAME}: ${scope.name}`,
      };
  }
}

/** Atom 1.0: new signatures and corrections, newest first, each linking to the participant's page. */
export function buildChangesFeed(input: {
  origin: string;
  instrumentTitle: string;
  changes: readonly PublicChange[];
  participantUrl: (code: string) => string;
  scope?: FeedScope;
}): string {
  const paths = feedPath(input.scope ?? { kind: "all" });
  const about = input.scope && input.scope.kind !== "all" ? `${input.scope.name}: changes` : "Changes";
  return atomDocument({
    id: `${input.origin}${paths.feed}`,
    title: paths.title,
    subtitle: `${about} to the published record of who signed the ${input.instrumentTitle}.`,
    self: `${input.origin}${paths.feed}`,
    alternate: `${input.origin}${paths.page}`,
    author: { name: TRACKER_NAME, uri: input.origin },
    rights: "An independent record compiled from the sources cited on each entry.",
    generator: TRACKER_NAME,
    entries: input.changes.map((change) => ({
      id: `${input.origin}/api/v1/changes#${change.id}`,
      title: changeTitle(change),
      link: change.participant ? input.participantUrl(change.participant.code) : `${input.origin}/signatories`,
      updated: change.at,
      published: change.at,
      summary: changeSummary(change),
    })),
  });
}
