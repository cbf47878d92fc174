import { UN_REGIONS } from "@/lib/signatories/signatory-filters";

/** A region's address segment in /regions/{slug}/feed.xml: its name in lower case. */
export const REGION_SLUGS = UN_REGIONS.map((region) => region.toLowerCase());

export function regionOfSlug(slug: string): (typeof UN_REGIONS)[number] | undefined {
  return UN_REGIONS.find((region) => region.toLowerCase() === slug);
}
