import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalPayload, GENESIS_HASH, hashPayload, type LedgerPayload } from "./ledger-hash";
import { replayLedger } from "./replay-ledger";

const payload = (sequence: number, previousHash: string, overrides: Partial<LedgerPayload> = {}): LedgerPayload => ({
  previousHash,
  sequence,
  revision: sequence,
  recordedAt: "2026-11-28T10:00:00.000Z",
  kind: "publication",
  entityType: "statement",
  entityId: `s${sequence}`,
  participant: "kaz",
  actorName: "Ana Editor",
  auditAction: "statement.create",
  reason: null,
  changedFields: [],
  record: {
    code: "kaz",
    kind: "declaration",
    text: "Türkiye «quoted» \n line",
    madeOn: null,
    sourceUrl: null,
    commitmentNumbers: [2, 10],
    documents: [],
  },
  ...overrides,
});

function chain(length: number): (LedgerPayload & { hash: string })[] {
  const entries: (LedgerPayload & { hash: string })[] = [];
  for (let sequence = 1; sequence <= length; sequence++) {
    const entry = payload(sequence, entries.at(-1)?.hash ?? GENESIS_HASH);
    entries.push({ ...entry, hash: hashPayload(entry) });
  }
  return entries;
}

describe("the canonical form (RFC 8785)", () => {
  it("sorts keys, keeps no whitespace, writes non-ASCII as is and escapes control characters", () => {
    const text = canonicalPayload(payload(1, GENESIS_HASH));
    expect(text.startsWith('{"actorName":"Ana Editor","auditAction":"statement.create","changedFields":[],"entityId":"s1"')).toBe(true);
    expect(text).toContain('"text":"Türkiye «quoted» \\n line"');
    expect(text).toContain('"commitmentNumbers":[2,10]');
    expect(text).not.toMatch(/[\n ]{2}|": /);
  });

  it("is the same whatever order the fields were written in", () => {
    const entry = payload(1, GENESIS_HASH);
    const reversed = Object.fromEntries(Object.entries(entry).reverse()) as LedgerPayload;
    expect(canonicalPayload(reversed)).toBe(canonicalPayload(entry));
  });

  it("hashes to SHA-256 of that text in lower-case hex, as sha256sum would", () => {
    const entry = payload(1, GENESIS_HASH);
    expect(hashPayload(entry)).toBe(
      createHash("sha256")
        .update(Buffer.from(canonicalPayload(entry), "utf8"))
        .digest("hex"),
    );
    expect(hashPayload(entry)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the hash chain", () => {
  it("links each entry to the one before it, so changing any field of any entry changes every later link", () => {
    const entries = chain(5);
    const tampered = { ...entries[1]!, reason: "rewritten" };
    expect(hashPayload(tampered)).not.toBe(entries[1]!.hash);
    // Recomputing the tampered entry's hash breaks the next entry's previousHash instead.
    expect(entries[2]!.previousHash).toBe(entries[1]!.hash);
  });
});

describe("replaying the ledger", () => {
  it("applies records in order, removes entities whose record is null, and stops at the revision asked for", () => {
    const entries = chain(3).map((entry) => ({ ...entry, entityId: "same" }));
    const removal = { ...payload(4, entries[2]!.hash, { entityId: "same", record: null, kind: "deletion" }), hash: "x" };
    const all = [...entries, removal];
    expect(replayLedger(all, 2).statements).toHaveLength(1);
    expect(replayLedger(all, 2).head?.sequence).toBe(2);
    expect(replayLedger(all).statements).toHaveLength(0);
    expect(replayLedger(all, 0)).toMatchObject({ revision: 0, head: null, statements: [] });
  });
});
