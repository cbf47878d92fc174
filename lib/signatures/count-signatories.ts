import "server-only";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";

/** Published signatures and accessions that have not been withdrawn, counted by kind of participant. */
export function countSignatories(instrumentId: string) {
  return cachedRead(`signatory-count:${instrumentId}`, async () => {
    const groups = await db.participant.groupBy({
      by: ["kind"],
      where: {
        signatures: { some: { instrumentId, status: "published", action: { in: ["signature", "accession"] } } },
        NOT: { signatures: { some: { instrumentId, status: "published", action: "withdrawal" } } },
      },
      _count: { _all: true },
    });
    const states = groups.find((group) => group.kind === "state")?._count._all ?? 0;
    const organizations = groups.find((group) => group.kind === "organization")?._count._all ?? 0;
    return { states, organizations, total: states + organizations };
  });
}
