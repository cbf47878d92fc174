import type { ActingUser } from "@/lib/auth/acting-user";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { recordStatement } from "@/lib/statements/record-statement";
import type { createSeededTestDatabase } from "./seeded-test-database";
import { validActionInput } from "./seeded-test-database";

// A random history of the record written through the domain functions (as editors would), with a
// checkpoint after each step: the record revision it produced and the audit entries that existed then.
// The ledger tests rebuild each checkpoint's record from the audit trail alone and compare.

type SeededDatabase = Awaited<ReturnType<typeof createSeededTestDatabase>>;

export type Checkpoint = { revision: number; auditEntryIds: Set<string> };

/** mulberry32: a small seeded generator, so that a failing history can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOL = ["mex", "ind", "npl", "ury", "swe", "aus", "irl", "sen", "zaf", "nga", "eth", "tza", "uga", "rwa", "zmb", "zwe", "chl", "nor"];
const PLACES = ["New York", "Geneva", "Astana", "Nairobi", "Vienna, “Hofburg”", "Addis Ababa <b>&amp;</b>", "Türkiye"];

export async function generateHistory(database: SeededDatabase, options: { seed: number; steps: number }) {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const randomDate = (precision: "day" | "month" | "year") => {
    const month = String(1 + Math.floor(random() * 9)).padStart(2, "0");
    return { day: `2019-${month}-15`, month: `2020-${month}`, year: String(2019 + Math.floor(random() * 4)) }[precision];
  };
  const editor: ActingUser = await database.actingUser("editor");
  const admin: ActingUser = await database.actingUser("admin");
  const checkpoints: Checkpoint[] = [];
  const checkpoint = async () => {
    const [revision, audit] = await Promise.all([
      database.db.recordRevision.findUniqueOrThrow({ where: { id: 1 } }),
      database.db.auditEntry.findMany({ select: { id: true } }),
    ]);
    checkpoints.push({ revision: revision.revision, auditEntryIds: new Set(audit.map((entry) => entry.id)) });
  };
  await checkpoint();

  for (let step = 0; step < options.steps; step++) {
    const actions = await database.db.participantAction.findMany({
      select: { id: true, version: true, status: true, action: true, participant: { select: { code: true } } },
    });
    const joined = new Set(actions.filter((a) => a.action !== "withdrawal").map((a) => a.participant.code));
    const withdrawn = new Set(actions.filter((a) => a.action === "withdrawal").map((a) => a.participant.code));
    const choice = random();
    if (choice < 0.3) {
      const code = pick(POOL.filter((c) => !joined.has(c)).concat(["mex"]));
      if (joined.has(code)) continue;
      const precision = pick(["day", "month", "year"] as const);
      await recordAction(
        database.db,
        editor,
        validActionInput(code.toUpperCase(), {
          action: pick(["signature", "accession"]),
          datePrecision: precision,
          date: randomDate(precision),
          status: random() < 0.8 ? "published" : "draft",
          place: pick(PLACES),
        }),
      ).catch(() => undefined);
    } else if (choice < 0.65 && actions.length > 0) {
      const action = pick(actions);
      const precision = pick(["day", "month", "year"] as const);
      const date = randomDate(precision);
      await correctAction(database.db, editor, {
        ...validActionInput(action.participant.code.toUpperCase(), {
          action: action.action,
          datePrecision: precision,
          date,
          place: pick(PLACES),
          signerName: pick(["A. Signer", "B. Signer", '=HYPERLINK("x")']),
          status: random() < 0.85 ? "published" : "draft",
        }),
        id: action.id,
        version: String(action.version),
        reason: `Checked against the source, step ${step}`,
      }).catch(() => undefined);
    } else if (choice < 0.75 && actions.length > 0) {
      await deleteAction(database.db, admin, { id: pick(actions).id, reason: `Recorded in error (step ${step})` }).catch(() => undefined);
    } else if (choice < 0.85) {
      const code = pick([...joined].filter((c) => !withdrawn.has(c)));
      if (!code) continue;
      await recordAction(
        database.db,
        editor,
        validActionInput(code.toUpperCase(), { action: "withdrawal", date: "2022-06-30", status: random() < 0.8 ? "published" : "draft" }),
      ).catch(() => undefined);
    } else {
      await recordStatement(database.db, editor, {
        participant: pick(POOL).toUpperCase(),
        kind: pick(["declaration", "reservation", "implementation_note"]),
        text: `Statement ${step} <script>alert(1)</script>`,
        commitments: [1 + Math.floor(random() * 10)],
        madeOn: "2019-05-01",
        sourceUrl: "https://example.org/statement",
        status: random() < 0.8 ? "published" : "draft",
      }).catch(() => undefined);
    }
    await checkpoint();
  }
  return { checkpoints, editor, admin };
}
