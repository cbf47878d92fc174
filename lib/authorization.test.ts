import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { hashPassword } from "@/lib/auth/password";
import { loadSignInState, type SignInState } from "@/lib/auth/sign-in-state";
import { createUserSession } from "@/lib/auth/user-sessions";
import type { AppErrorCode } from "@/lib/errors";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { changeEvidenceVisibility } from "@/lib/evidence/change-evidence-visibility";
import { detachEvidence } from "@/lib/evidence/detach-evidence";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { approveReviewItem } from "@/lib/review/approve-review-item";
import { changeReviewSetting } from "@/lib/review/change-review-setting";
import { returnReviewItem } from "@/lib/review/return-review-item";
import { recordStatement } from "@/lib/statements/record-statement";
import { updateDraftStatement } from "@/lib/statements/update-draft-statement";
import { minimalPdf, uploadedFile } from "@/tests/evidence-files";
import { applyImport } from "@/lib/change-batches/apply-import";
import { previewImport } from "@/lib/change-batches/preview-import";
import { recordCeremony } from "@/lib/change-batches/record-ceremony";
import { undoChangeBatch } from "@/lib/change-batches/undo-change-batch";
import { csvFile } from "@/tests/import-files";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { confirmTwoFactorEnrolment } from "@/lib/two-factor/confirm-two-factor-enrolment";
import { replaceRecoveryCodes } from "@/lib/two-factor/replace-recovery-codes";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";
import { createTotpSecret } from "@/lib/two-factor/totp";
import { turnOffTwoFactor } from "@/lib/two-factor/turn-off-two-factor";
import { changePassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { saveOfficialText } from "@/lib/instruments/save-official-text";
import { saveParticipantNames } from "@/lib/participants/save-participant-names";

// The unauthorized-access suite: every mutation behind a Server Action, called by each kind of caller who
// must not make it, is refused with the right code and writes nothing. Authorization lives in these domain
// functions, so this is where it is proven; e2e/editor-unauthorized.spec.ts replays the real requests.
//
// Callers, as the Server Actions hand them over: `actor` is what getActingUser gives (null until every
// sign-in step is done), `state` what getSignInState gives (the session, even with a step pending).

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
type Caller = { actor: ActingUser | null; state: SignInState | null };
type CallerName = "anonymous" | "outOfScopeEditor" | "plainEditor" | "administrator" | "temporaryPassword" | "adminWithoutTwoFactor";
type Mutation = {
  /** The Server Action(s) that call it. */
  actions: string[];
  run: (database: Database, caller: Caller) => Promise<unknown>;
  /** Every caller that must be refused, with the refusal's code. */
  refused: Partial<Record<CallerName, AppErrorCode>>;
};

/** Someone else's password: what a replayed request of another user's form carries. */
const VICTIM_PASSWORD = "the victim's own password 2026";
const NEW_PASSWORD = "an attacker's chosen passphrase";

/** Refused for anyone not fully signed in, out of scope, or (adminOnly) not an administrator. */
const recordRefusals = (adminOnly: boolean): Mutation["refused"] => ({
  anonymous: "unauthenticated",
  temporaryPassword: "unauthenticated",
  adminWithoutTwoFactor: "unauthenticated",
  outOfScopeEditor: "forbidden",
  ...(adminOnly ? { plainEditor: "forbidden" } : {}),
});

/** A valid upload: what a replayed attach request carries. */
const EVIDENCE_UPLOAD = { kind: "signed_instrument", visibility: "public", document: uploadedFile(minimalPdf("Planted page"), "page.pdf") };

const mutations: Record<string, Mutation> = {
  recordAction: {
    actions: ["saveParticipantAction"],
    refused: recordRefusals(false),
    run: ({ db }, { actor }) => recordAction(db, actor, validActionInput("mex")),
  },
  correctAction: {
    actions: ["saveParticipantAction"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      const kaz = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return correctAction(db, actor, { ...validActionInput("kaz"), id: kaz.id, version: String(kaz.version), reason: "Fix" });
    },
  },
  deleteAction: {
    actions: ["deleteParticipantAction"],
    refused: recordRefusals(true),
    run: async ({ db }, { actor }) => {
      const kaz = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return deleteAction(db, actor, { id: kaz.id, reason: "Entered in error" });
    },
  },
  recordStatement: {
    actions: ["saveStatement"],
    refused: recordRefusals(false),
    run: ({ db }, { actor }) =>
      recordStatement(db, actor, {
        participant: "kaz",
        kind: "declaration",
        text: "We support it",
        commitments: ["7"],
        status: "published",
      }),
  },
  updateDraftStatement: {
    actions: ["saveStatement"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      // Mexico's statement waiting for review (made in beforeAll), edited from the version it has.
      const statement = await db.statement.findFirstOrThrow({ where: { status: "submitted", participant: { code: "mex" } } });
      return updateDraftStatement(db, actor, {
        participant: "mex",
        kind: "declaration",
        text: "Planted wording",
        commitments: ["7"],
        status: "published",
        id: statement.id,
        version: String(statement.version),
      });
    },
  },
  attachEvidence: {
    actions: ["attachEvidenceDocument"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      const kaz = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return attachEvidence(db, actor, { ...EVIDENCE_UPLOAD, recordType: "action", recordId: kaz.id });
    },
  },
  attachEvidenceToStatement: {
    actions: ["attachEvidenceDocument"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      const statement = await db.statement.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return attachEvidence(db, actor, { ...EVIDENCE_UPLOAD, recordType: "statement", recordId: statement.id });
    },
  },
  changeEvidenceVisibility: {
    actions: ["changeEvidenceDocumentVisibility"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      const document = await db.evidenceDocument.findFirstOrThrow();
      return changeEvidenceVisibility(db, actor, { documentId: document.id, visibility: "restricted", reason: "Confidential" });
    },
  },
  detachEvidence: {
    actions: ["detachEvidenceDocument"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => {
      const document = await db.evidenceDocument.findFirstOrThrow();
      return detachEvidence(db, actor, { documentId: document.id, reason: "Removing the evidence" });
    },
  },
  // A preview writes nothing to the record: any signed-in editor may make one (rows outside an editor's
  // scope become errors in it). Applying, recording a ceremony and undoing are the mutations.
  previewImport: {
    actions: ["previewImportFile"],
    refused: { anonymous: "unauthenticated", temporaryPassword: "unauthenticated", adminWithoutTwoFactor: "unauthenticated" },
    run: ({ db }, { actor }) => previewImport(db, actor, { fileName: "list.csv", bytes: IMPORT_FILE }),
  },
  applyImport: {
    actions: ["applyImportBatch"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => applyImport(db, actor, { batchId: await previewedBatchId(db), reason: "From the note verbale" }),
  },
  undoChangeBatch: {
    actions: ["undoImportBatch"],
    refused: recordRefusals(true),
    run: async ({ db }, { actor }) => undoChangeBatch(db, actor, { batchId: await appliedBatchId(db), reason: "The wrong file" }),
  },
  recordCeremony: {
    actions: ["saveCeremony"],
    refused: recordRefusals(false),
    run: ({ db }, { actor }) =>
      recordCeremony(db, actor, {
        date: "2018-09-28",
        place: "New York",
        "participant[]": ["Mexico"],
        "signerName[]": ["A. Minister"],
        "signerTitle[]": [""],
      }),
  },
  // Review (lib/review/): a statement of Mexico's submitted by an administrator in beforeAll. The submitter's
  // own refusal and the setting's are in lib/review/review.test.ts.
  approveReviewItem: {
    actions: ["approveReviewItemAction"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => approveReviewItem(db, actor, await submittedStatementDecision(db)),
  },
  returnReviewItem: {
    actions: ["returnReviewItemAction"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) =>
      returnReviewItem(db, actor, { ...(await submittedStatementDecision(db)), comment: "Returned by an attacker" }),
  },
  // A change to a published record (here: deleting Kazakhstan's signature) proposed by an administrator
  // while review was required, in beforeAll: deciding on it is the same Server Action, with subjectType "change".
  approvePendingChange: {
    actions: ["approveReviewItemAction"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) => approveReviewItem(db, actor, await pendingChangeDecision(db)),
  },
  returnPendingChange: {
    actions: ["returnReviewItemAction"],
    refused: recordRefusals(false),
    run: async ({ db }, { actor }) =>
      returnReviewItem(db, actor, { ...(await pendingChangeDecision(db)), comment: "Returned by an attacker" }),
  },
  changeReviewSetting: {
    actions: ["changeReviewSettingAction"],
    refused: recordRefusals(true),
    run: ({ db }, { actor }) => changeReviewSetting(db, actor, { requiresReview: "on" }),
  },
  createUser: {
    actions: ["addUser"],
    refused: recordRefusals(true),
    run: ({ db }, { actor }) => createUser(db, actor, { name: "New", email: "new@example.org", role: "admin", scope: "" }),
  },
  updateUser: {
    actions: ["changeUser"],
    refused: recordRefusals(true),
    run: async ({ db }, { actor }) => {
      const someone = await db.user.findFirstOrThrow({ where: { email: "first-admin@test.invalid" } });
      return updateUser(db, actor, { id: someone.id, role: "editor", scope: "", isActive: "false" });
    },
  },
  resetPassword: {
    actions: ["resetUserPassword"],
    refused: recordRefusals(true),
    run: async ({ db }, { actor }) => {
      const someone = await db.user.findFirstOrThrow({ where: { email: "first-admin@test.invalid" } });
      return resetPassword(db, actor, { id: someone.id, removeTwoFactor: "true" });
    },
  },
  saveParticipantNames: {
    actions: ["saveOrganisationNames"],
    refused: recordRefusals(true),
    run: ({ db }, { actor }) => saveParticipantNames(db, actor, { participant: "turkic-council", "name-ru": "Подставное имя" }),
  },
  saveOfficialText: {
    actions: ["saveCodeText"],
    refused: recordRefusals(true),
    run: ({ db }, { actor }) =>
      saveOfficialText(db, actor, {
        locale: "fr",
        title: "Titre planté",
        sourceTitle: "Source plantée",
        sourceUrl: "https://example.org/planted",
        "commitment-1": "Texte planté",
      }),
  },
  // The account's own actions act only on the caller's own account; the attack is a replay of someone
  // else's request, which carries that person's password or code.
  changePassword: {
    actions: ["changeOwnPassword"],
    refused: {
      anonymous: "unauthenticated",
      adminWithoutTwoFactor: "forbidden",
      plainEditor: "validation",
      outOfScopeEditor: "validation",
      temporaryPassword: "validation",
    },
    run: ({ db }, { state }) =>
      changePassword(db, state, { currentPassword: VICTIM_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, null),
  },
  startTwoFactorEnrolment: {
    actions: ["beginTwoFactorSetup"],
    refused: { anonymous: "unauthenticated", temporaryPassword: "forbidden", administrator: "conflict" },
    run: ({ db }, { state }) => startTwoFactorEnrolment(db, state),
  },
  confirmTwoFactorEnrolment: {
    actions: ["finishTwoFactorSetup"],
    refused: {
      anonymous: "unauthenticated",
      temporaryPassword: "forbidden",
      plainEditor: "conflict",
      administrator: "conflict",
      adminWithoutTwoFactor: "conflict",
    },
    run: ({ db }, { state }) => confirmTwoFactorEnrolment(db, state, { code: "123456" }),
  },
  replaceRecoveryCodes: {
    actions: ["renewRecoveryCodes"],
    refused: {
      anonymous: "unauthenticated",
      temporaryPassword: "forbidden",
      adminWithoutTwoFactor: "forbidden",
      plainEditor: "conflict",
      administrator: "validation",
    },
    run: ({ db }, { state }) => replaceRecoveryCodes(db, state, { currentPassword: VICTIM_PASSWORD }),
  },
  turnOffTwoFactor: {
    actions: ["disableTwoFactor"],
    refused: {
      anonymous: "unauthenticated",
      temporaryPassword: "forbidden",
      adminWithoutTwoFactor: "forbidden",
      administrator: "forbidden",
      plainEditor: "conflict",
    },
    run: ({ db }, { state }) => turnOffTwoFactor(db, state, { currentPassword: VICTIM_PASSWORD }),
  },
};

/** A file that adds Mexico's signature (the out-of-scope editor may edit only Tunisia). */
const IMPORT_FILE = csvFile([
  ["participant", "date"],
  ["MEX", "2019-01-15"],
]);

/** A previewed import of IMPORT_FILE, made by an administrator: the request an attacker would replay. */
async function previewedBatchId(db: Database["db"]): Promise<string> {
  const admin = await db.user.findFirstOrThrow({ where: { email: "first-admin@test.invalid" } });
  const { batchId } = await previewImport(
    db,
    { id: admin.id, name: admin.name, role: "admin", scopeParticipantIds: null },
    { fileName: "list.csv", bytes: IMPORT_FILE },
  );
  return batchId;
}

/** An applied batch to undo: the seed's own Kazakhstan row, corrected by an import (made once, in beforeAll). */
let appliedBatch: string | undefined;
async function appliedBatchId(db: Database["db"]): Promise<string> {
  if (appliedBatch) return appliedBatch;
  const admin = await db.user.findFirstOrThrow({ where: { email: "first-admin@test.invalid" } });
  const actor = { id: admin.id, name: admin.name, role: "admin" as const, scopeParticipantIds: null };
  const file = csvFile([
    ["participant", "date", "notes"],
    ["KAZ", "2018-09-28", "Checked against the depositary's list"],
  ]);
  const { batchId } = await previewImport(db, actor, { fileName: "kazakhstan.csv", bytes: file });
  await applyImport(db, actor, { batchId, reason: "Notes from the depositary" });
  appliedBatch = batchId;
  return batchId;
}

/** The decision a reviewer's form would send for the statement submitted in beforeAll. */
async function submittedStatementDecision(db: Database["db"]) {
  const statement = await db.statement.findFirstOrThrow({ where: { status: "submitted", participant: { code: "mex" } } });
  return { subjectType: "statement", subjectId: statement.id, version: String(statement.version) };
}

/** The decision a reviewer's form would send for the change proposed in beforeAll. */
async function pendingChangeDecision(db: Database["db"]) {
  const change = await db.pendingChange.findFirstOrThrow({ where: { kind: "action-delete" } });
  return { subjectType: "change", subjectId: change.id, version: "1" };
}

function exportedServerActions(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === "actions.ts") {
        const source = readFileSync(path, "utf8");
        if (source.includes('"use server"')) found.push(...[...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]!));
      }
    }
  };
  walk("app");
  return found.sort();
}

describe("unauthorized access to every mutation", () => {
  let database: Database;
  const callers = {} as Record<CallerName, Caller>;

  /** A signed-in session of a new account, as the Server Actions would see it. */
  async function sessionOf(
    role: "admin" | "editor",
    options: { scope?: string[]; mustChangePassword?: boolean; twoFactor?: boolean } = {},
  ): Promise<Caller> {
    const user = await database.db.user.create({
      data: {
        email: `${role}-${Math.random().toString(36).slice(2)}@test.invalid`,
        name: `Caller ${role}`,
        role,
        passwordHash: await hashPassword(`own password of ${role} ${Math.random()}`),
        mustChangePassword: options.mustChangePassword ?? false,
        ...(options.twoFactor ? { totpSecret: createTotpSecret(), totpEnabledAt: new Date() } : {}),
        editableParticipants: { connect: (options.scope ?? []).map((code) => ({ code })) },
      },
    });
    const session = await createUserSession(database.db, user);
    const state = await loadSignInState(database.db, { userId: user.id, sessionId: session.id });
    return { state, actor: state && !state.pendingStep ? state.user : null };
  }

  beforeAll(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    await database.actingUser("admin"); // an admin to update, who is not the last one
    await database.db.user.create({
      data: {
        email: "first-admin@test.invalid",
        name: "Admin",
        role: "admin",
        passwordHash: await hashPassword(VICTIM_PASSWORD),
        totpSecret: createTotpSecret(),
        totpEnabledAt: new Date(),
      },
    });
    // A statement and a published document of Kazakhstan's, for the evidence actions to be refused on.
    const admin = await database.actingUser("admin");
    await recordStatement(database.db, admin, {
      participant: "kaz",
      kind: "declaration",
      text: "On file",
      commitments: ["1"],
      status: "published",
    });
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
    await attachEvidence(database.db, admin, {
      ...EVIDENCE_UPLOAD,
      recordType: "action",
      recordId: kaz.id,
      document: uploadedFile(minimalPdf(), "signed.pdf"),
    });
    await appliedBatchId(database.db); // made before any snapshot: the batch an attacker would undo
    await recordStatement(database.db, admin, {
      participant: "mex",
      kind: "declaration",
      text: "To review",
      commitments: ["1"],
      status: "submitted",
    });
    await changeReviewSetting(database.db, admin, { requiresReview: "on" });
    await deleteAction(database.db, admin, { id: kaz.id, reason: "Proposed for the matrix" });
    await changeReviewSetting(database.db, admin, {});
    callers.anonymous = { actor: null, state: null };
    callers.outOfScopeEditor = await sessionOf("editor", { scope: ["tun"] });
    callers.plainEditor = await sessionOf("editor");
    callers.administrator = await sessionOf("admin", { twoFactor: true });
    callers.temporaryPassword = await sessionOf("admin", { mustChangePassword: true, twoFactor: true });
    callers.adminWithoutTwoFactor = await sessionOf("admin");
  });
  afterAll(() => database.drop());
  // Wrong passwords start a back-off, which would change the next refusal's code: each case starts afresh.
  beforeEach(() => database.db.loginThrottle.deleteMany());

  it("covers every Server Action in app/", () => {
    const covered = [...new Set(Object.values(mutations).flatMap((m) => m.actions))].sort();
    expect(exportedServerActions()).toEqual(covered);
  });

  it("covers every mutation with an anonymous caller and a caller with a step pending", () => {
    for (const mutation of Object.values(mutations)) {
      expect(mutation.refused.anonymous).toBe("unauthenticated");
      expect(mutation.refused.temporaryPassword ?? mutation.refused.adminWithoutTwoFactor).toBeDefined();
    }
  });

  for (const [name, mutation] of Object.entries(mutations)) {
    for (const [callerName, code] of Object.entries(mutation.refused)) {
      it(`${name}: refused (${code}) for ${callerName}, nothing written`, async () => {
        const before = await database.snapshot();
        await expect(mutation.run(database, callers[callerName as CallerName])).rejects.toMatchObject({ code });
        expect(await database.snapshot()).toEqual(before);
      });
    }
  }
});
