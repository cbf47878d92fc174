import { readFileSync } from "node:fs";
import type { ActingUser } from "@/lib/auth/acting-user";
import { changeReviewSetting } from "@/lib/review/change-review-setting";
import { createTotpSecret } from "@/lib/two-factor/totp";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "./test-database";

const SOURCED_CSV = readFileSync("prisma/seed/data/code-of-conduct-signatures-sourced.csv", "utf8");

/**
 * A throw-away database with the reference data loaded, plus helpers to make acting users. The seed's
 * instrument requires a second reviewer, as a real one does; tests of direct publication pass
 * `{ requiresReview: false }`, which an administrator turns off through the real setting.
 */
export async function createSeededTestDatabase(options: { requiresReview?: boolean } = {}) {
  const database: TestDatabase = await createTestDatabase();
  await seedDatabase(database.db, { signaturesCsv: SOURCED_CSV });

  async function actingUser(role: "admin" | "editor", scopeCodes: string[] = []): Promise<ActingUser> {
    const user = await database.db.user.create({
      data: {
        email: `${role}-${Math.random().toString(36).slice(2)}@test.invalid`,
        name: `Test ${role}`,
        role,
        passwordHash: "not-a-real-hash",
        // Administrators must have two-factor sign-in before they can act (lib/auth/sign-in-state.ts).
        ...(role === "admin" ? { totpSecret: createTotpSecret(), totpEnabledAt: new Date() } : {}),
        editableParticipants: { connect: scopeCodes.map((code) => ({ code })) },
      },
      select: { id: true, name: true, editableParticipants: { select: { id: true } } },
    });
    const scope = user.editableParticipants.map((p) => p.id);
    return { id: user.id, name: user.name, role, scopeParticipantIds: role === "admin" || scope.length === 0 ? null : scope };
  }

  if (options.requiresReview === false) await changeReviewSetting(database.db, await actingUser("admin"), {});

  /** Every table a mutation could touch, counted, plus the record revision: "nothing was written". */
  async function snapshot() {
    const { db } = database;
    return {
      actions: await db.participantAction.findMany({ orderBy: { id: "asc" } }),
      statements: await db.statement.findMany({ orderBy: { id: "asc" }, include: { commitments: { select: { number: true } } } }),
      users: await db.user.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          isActive: true,
          sessionVersion: true,
          passwordHash: true,
          mustChangePassword: true,
          totpSecret: true,
          totpEnabledAt: true,
          totpPendingSecret: true,
        },
      }),
      sessions: await db.userSession.count(),
      recoveryCodes: await db.recoveryCode.findMany({ orderBy: { id: "asc" }, select: { id: true, usedAt: true } }),
      audit: await db.auditEntry.count(),
      evidenceDocuments: await db.evidenceDocument.findMany({ orderBy: { id: "asc" } }),
      evidenceFiles: await db.evidenceFile.findMany({ orderBy: { sha256: "asc" }, select: { sha256: true, fileName: true } }),
      evidenceContents: await db.evidenceContent.count(),
      participantNames: await db.participantName.findMany({ orderBy: { id: "asc" } }),
      officialTexts: await db.officialText.findMany({ orderBy: { id: "asc" } }),
      officialCommitmentTexts: await db.officialCommitmentText.findMany({ orderBy: { id: "asc" } }),
      pendingCorrections: await db.pendingCorrection.findMany({ orderBy: { id: "asc" } }),
      pendingChanges: await db.pendingChange.findMany({ orderBy: { id: "asc" } }),
      reviewDecisions: await db.reviewDecision.count(),
      requiresReview: (await db.instrument.findMany({ select: { requiresReview: true } })).map((instrument) => instrument.requiresReview),
      revision: (await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision,
    };
  }

  return { ...database, actingUser, snapshot };
}

export const validActionInput = (participant: string, overrides: Record<string, string> = {}) => ({
  participant,
  action: "accession",
  datePrecision: "day",
  date: "2019-03-01",
  place: "New York",
  signerName: "A. Signer",
  signerTitle: "Permanent Representative",
  evidenceUrl: "https://example.org/evidence",
  documentSymbol: "A/73/000",
  evidenceDescription: "Letter to the initiator",
  verification: "official_statement",
  notes: "",
  status: "published",
  ...overrides,
});
