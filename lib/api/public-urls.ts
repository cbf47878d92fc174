import { siteOrigin } from "@/lib/env";

/** The participant's public page: where the API, the feed and the exports point people to. */
export function participantPageUrl(code: string): string {
  return `${siteOrigin()}/signatories/${encodeURIComponent(code)}`;
}
