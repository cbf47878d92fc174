import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";

export type SignatoryCount = { states: number; organizations: number; total: number; unMemberStates: number };

/**
 * Where-clause for participants that have joined (published signature or accession) and not withdrawn,
 * optionally as the record stood on `asOf` (YYYY-MM-DD; actions count from the end of their dated period).
 */
export function currentSignatoryWhere(instrumentId: string, asOf?: string): Prisma.ParticipantWhereInput {
  const countedBy = asOf ? { countsFrom: { not: null, lte: asOf } } : {};
  return {
    signatures: { some: { instrumentId, status: "published", action: { in: ["signature", "accession"] }, ...countedBy } },
    NOT: { signatures: { some: { instrumentId, status: "published", action: "withdrawal", ...countedBy } } },
  };
}

/** Signatories counted by kind of participant, and how many of them are UN member states. */
export function countSignatories(instrumentId: string, asOf?: string): Promise<SignatoryCount> {
  return cachedRead(`signatory-count:${instrumentId}:${asOf ?? ""}`, async () => {
    const where = currentSignatoryWhere(instrumentId, asOf);
    const [groups, unMemberStates] = await Promise.all([
      db.participant.groupBy({ by: ["kind"], where, _count: { _all: true } }),
      db.participant.count({ where: { ...where, unStatus: "member" } }),
    ]);
    const states = groups.find((group) => group.kind === "state")?._count._all ?? 0;
    const organizations = groups.find((group) => group.kind === "organization")?._count._all ?? 0;
    return { states, organizations, total: states + organizations, unMemberStates };
  });
}
