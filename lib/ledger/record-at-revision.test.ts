import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { generateHistory, seededRandom, type Checkpoint } from "@/tests/generated-history";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { getParticipantRecordAtRevision } from "./published-at-revision";
import { verifyLedger } from "./verify-ledger";

// "For 20 random revisions of a generated history, ?revision=N equals the record rebuilt independently
// from the audit trail." The rebuild below reads only audit entries (their after-snapshots) and the
// participants table: none of the ledger's code.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
type Snapshot = Record<string, unknown> & { status?: string };

async function rebuildFromAuditTrail(database: Database, checkpoints: Checkpoint[], upTo: number) {
  const firstSeen = new Map<string, number>();
  checkpoints.slice(0, upTo + 1).forEach((checkpoint, index) => {
    for (const id of checkpoint.auditEntryIds) if (!firstSeen.has(id)) firstSeen.set(id, index);
  });
  const entries = (
    await database.db.auditEntry.findMany({
      where: { id: { in: [...firstSeen.keys()] }, entityType: { in: ["signature", "statement"] } },
      select: { id: true, entityType: true, entityId: true, participantId: true, after: true, createdAt: true },
    })
  ).sort((a, b) => firstSeen.get(a.id)! - firstSeen.get(b.id)! || a.createdAt.getTime() - b.createdAt.getTime());
  const participants = new Map((await database.db.participant.findMany()).map((p) => [p.id, p]));
  const actions = new Map<string, Record<string, unknown>>();
  const statements = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const after = entry.after ? (JSON.parse(entry.after) as Snapshot) : null;
    const target = entry.entityType === "signature" ? actions : statements;
    if (!after || after.status !== "published") {
      target.delete(entry.entityId);
      continue;
    }
    const participant = participants.get((after.participantId as string | undefined) ?? entry.participantId!)!;
    if (entry.entityType === "signature") {
      actions.set(entry.entityId, {
        code: participant.code,
        iso2: participant.iso2,
        iso3: participant.iso3,
        name: participant.name,
        kind: participant.kind,
        region: participant.region,
        subregion: participant.subregion,
        action: after.action,
        date: after.datePrecision === "unknown" ? null : after.date,
        datePrecision: after.datePrecision,
        place: after.place,
        signerName: after.signerName,
        signerTitle: after.signerTitle,
        verification: String(after.verification).replaceAll("_", "-"),
        evidenceUrl: after.evidenceUrl,
        documentSymbol: after.documentSymbol,
      });
    } else {
      statements.set(entry.entityId, { code: participant.code, text: after.text, kind: after.kind, commitments: after.commitments });
    }
  }
  return { actions, statements };
}

const byCodeAndAction = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${String(a.code)}:${String(a.action)}`.localeCompare(`${String(b.code)}:${String(b.action)}`);

describe("the record at a past revision", () => {
  let database: Database;
  let checkpoints: Checkpoint[];

  beforeAll(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    ({ checkpoints } = await generateHistory(database, { seed: 20261128, steps: 70 }));
  }, 120_000);
  afterAll(() => database.drop());

  it("the generated history verifies and has enough revisions to choose from", async () => {
    expect((await verifyLedger(database.db)).problems).toEqual([]);
    expect(new Set(checkpoints.map((c) => c.revision)).size).toBeGreaterThanOrEqual(25);
  });

  it("equals the record rebuilt from the audit trail, for 20 random revisions", async () => {
    const random = seededRandom(7);
    const byRevision = new Map<number, number>();
    checkpoints.forEach((checkpoint, index) => byRevision.set(checkpoint.revision, index));
    const revisions = [...byRevision.keys()].sort(() => random() - 0.5).slice(0, 20);
    expect(revisions).toHaveLength(20);
    const filters = signatoryFiltersSchema.parse({});
    for (const revision of revisions) {
      const expected = await rebuildFromAuditTrail(database, checkpoints, byRevision.get(revision)!);
      const { document } = await loadSignatoryExport(database.db, filters, { revision });
      expect(document.version.revision).toBe(revision);
      expect([...document.items].sort(byCodeAndAction), `revision ${revision}`).toEqual(
        [...expected.actions.values()].sort(byCodeAndAction),
      );

      // Each participant's page at that revision: the same actions, and the statements then published.
      for (const code of new Set([...expected.actions.values(), ...expected.statements.values()].map((item) => String(item.code)))) {
        const page = await getParticipantRecordAtRevision(database.db, code, revision);
        expect(page?.actions.map((action) => action.action).sort()).toEqual(
          [...expected.actions.values()]
            .filter((item) => item.code === code)
            .map((item) => item.action)
            .sort(),
        );
        expect(page?.statements.map((statement) => statement.text).sort()).toEqual(
          [...expected.statements.values()]
            .filter((item) => item.code === code)
            .map((item) => item.text)
            .sort(),
        );
      }
    }
  });

  it("at the current revision equals the live list, in the same order, for every filter", async () => {
    const revision = checkpoints.at(-1)!.revision;
    for (const raw of [
      {},
      { sort: "date", order: "desc" },
      { q: "an" },
      { q: "MEX" },
      { region: "Africa" },
      { action: "withdrawal" },
      { asOf: "2020-06-30" },
      { year: "2019", kind: "state" },
    ]) {
      const filters = signatoryFiltersSchema.parse(raw);
      const live = await loadSignatoryExport(database.db, filters);
      const pinned = await loadSignatoryExport(database.db, filters, { revision });
      expect(pinned.document.items, JSON.stringify(raw)).toEqual(live.document.items);
      expect(pinned.document.version.ledgerHead).toBe(live.document.version.ledgerHead);
    }
  });
});
