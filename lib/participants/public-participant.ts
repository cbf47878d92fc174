import type { Participant } from "@/generated/prisma/client";
import { selectOf } from "@/lib/database/select-of";

// What the public may see of a participant, on pages and in the open API: never its database id or when
// the row was written. Reads select these (or the open API's subset of them) instead of listing fields again.

export const PUBLIC_PARTICIPANT_FIELDS = [
  "code",
  "name",
  "kind",
  "iso2",
  "iso3",
  "isoNumeric",
  "unStatus",
  "region",
  "subregion",
  "commonName",
  "formalName",
] as const satisfies readonly (keyof Participant)[];

export type PublicParticipant = Pick<Participant, (typeof PUBLIC_PARTICIPANT_FIELDS)[number]>;

export const PUBLIC_PARTICIPANT_SELECT = selectOf(PUBLIC_PARTICIPANT_FIELDS);
