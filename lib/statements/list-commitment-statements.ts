import "server-only";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { PUBLIC_STATEMENT_SELECT } from "./public-statement";

async function readCommitmentStatements(db: Database, instrumentId: string, commitmentNumber: number) {
  return db.statement.findMany({
    where: { instrumentId, status: "published", commitments: { some: { number: commitmentNumber } } },
    orderBy: [{ participant: { name: "asc" } }, { madeOn: "asc" }],
    select: { ...PUBLIC_STATEMENT_SELECT, participant: { select: { code: true, name: true, kind: true, iso2: true } } },
  });
}

export type CommitmentStatement = Awaited<ReturnType<typeof readCommitmentStatements>>[number];

/** Published declarations, reservations and implementation notes tied to one commitment. */
export function listCommitmentStatements(db: Database, instrumentId: string, commitmentNumber: number): Promise<CommitmentStatement[]> {
  return cachedRead(db, `commitment-statements:${instrumentId}:${commitmentNumber}`, () =>
    readCommitmentStatements(db, instrumentId, commitmentNumber),
  );
}
