import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db";
import { joiningActionFilter } from "@/lib/participant-actions/action-kinds";
import { cachedRead } from "@/lib/record/cached-read";

export type SignatoryCount = { states: number; organizations: number; total: number; unMemberStates: number };

/**
 * Where-clause for signatories: participants that have joined (published signature or accession) and not
 * withdrawn, optionally as the record stood on `asOf` (YYYY-MM-DD; actions count from the end of their dated period).
 */
function signatoryWhere(instrumentId: string, asOf?: string): Prisma.ParticipantWhereInput {
  const countedBy = asOf ? { countsFrom: { not: null, lte: asOf } } : {};
  return {
    actions: { some: { instrumentId, status: "published", action: joiningActionFilter(), ...countedBy } },
    NOT: { actions: { some: { instrumentId, status: "published", action: "withdrawal", ...countedBy } } },
  };
}

/** Signatories counted by kind of participant, and how many of them are UN member states. */
export function countSignatories(db: Database, instrumentId: string, asOf?: string): Promise<SignatoryCount> {
  return cachedRead(db, `signatory-count:${instrumentId}:${asOf ?? ""}`, async () => {
    const where = signatoryWhere(instrumentId, asOf);
    const [groups, unMemberStates] = await Promise.all([
      db.participant.groupBy({ by: ["kind"], where, _count: { _all: true } }),
      db.participant.count({ where: { ...where, unStatus: "member" } }),
    ]);
    const states = groups.find((group) => group.kind === "state")?._count._all ?? 0;
    const organizations = groups.find((group) => group.kind === "organization")?._count._all ?? 0;
    return { states, organizations, total: states + organizations, unMemberStates };
  });
}
