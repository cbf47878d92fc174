import { request as playwrightRequest, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e-settings";
import { minimalPdf } from "@/tests/evidence-files";
import { createAccount, signIn, unusedTotpCode } from "./editor-data";
import { attachThroughForm, recordPublishedSignature, resetEvidenceParticipant } from "./evidence-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { approveAsSecondEditor } from "./review-data";
import { captureServerAction, replayServerAction, type CapturedAction } from "./server-action-replay";
import { clearIntakeParticipants, previewThroughPage, testFile } from "./intake-data";

// Every Server Action, sent by the real form of an administrator, replayed by an anonymous client, by a
// client whose session was revoked (it passes the proxy, so the action's own check answers), by a session
// whose temporary password is not yet changed, by an editor outside the participant's scope and (for
// admin-only actions) by a plain editor: each is refused with its message and nothing is written. The
// account's own actions are replayed by other accounts. (Next only runs an action at a URL whose page uses it.)

const [targetCode] = TEST_PARTICIPANTS.editor;
const evidenceCode = TEST_PARTICIPANTS.evidence[5];

async function fillNewSignature(page: Page) {
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill(`${targetCode.toUpperCase()}`);
  await page.getByLabel("Date", { exact: true }).fill("2019-05-05");
  await page.getByLabel("Status").selectOption("submitted");
}

async function databaseState(db: import("@/lib/db").Database) {
  return {
    actions: await db.participantAction.findMany({ orderBy: { id: "asc" } }),
    statements: await db.statement.count(),
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
    recoveryCodes: await db.recoveryCode.findMany({ orderBy: { id: "asc" }, select: { id: true, usedAt: true } }),
    audit: await db.auditEntry.count(),
    evidenceFiles: await db.evidenceFile.count(),
    evidenceDocuments: await db.evidenceDocument.findMany({ orderBy: { id: "asc" } }),
    batches: await db.changeBatch.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    pendingChanges: await db.pendingChange.count(),
    participantNames: await db.participantName.findMany({ orderBy: { id: "asc" } }),
    officialTexts: await db.officialText.findMany({ orderBy: { id: "asc" }, include: { commitments: true } }),
  };
}

test("every Server Action refuses callers without the right session, role or scope", async ({ page, db }) => {
  test.setTimeout(90_000);
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);
  const kazakhstan = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
  const someEditor = await createAccount(db, { name: "Target of user changes" });

  /** previewImport is not refused to a signed-in editor out of scope: their rows become errors in the preview. */
  const actions: Record<string, { captured: CapturedAction; adminOnly: boolean; scopedTo?: string; anyEditor?: boolean }> = {};
  actions.recordAction = {
    adminOnly: false,
    scopedTo: "Mexico",
    captured: await captureServerAction(page, async () => {
      await fillNewSignature(page);
      await page.getByRole("button", { name: "Save" }).click();
    }),
  };
  actions.correctAction = {
    adminOnly: false,
    scopedTo: "Kazakhstan",
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${kazakhstan.id}`);
      await page.getByLabel("Place or event").fill("Tampered place");
      await page.getByLabel("Reason for the correction").fill("Tampering");
      await page.getByRole("button", { name: "Save", exact: true }).click();
    }),
  };
  actions.deleteAction = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${kazakhstan.id}`);
      await page.getByText("Delete this record (administrators only)…").click();
      await page.getByLabel("Reason for deleting").fill("Tampering with the record");
      await page.getByLabel("Yes, delete this record permanently").check();
      await page.getByRole("button", { name: "Delete record" }).click();
    }),
  };
  actions.recordStatement = {
    adminOnly: false,
    scopedTo: "Kazakhstan",
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/statements/new");
      await page.getByLabel("Participant").fill("KAZ");
      await page.getByLabel("Text").fill("Injected statement");
      await page.getByLabel("Commitment 7").check();
      await page.getByRole("button", { name: "Save statement" }).click();
    }),
  };
  // Evidence: a real document on a record of a participant reserved for these tests, then its three forms.
  await resetEvidenceParticipant(db, evidenceCode);
  const evidenceActionId = await recordPublishedSignature(db, evidenceCode);
  const evidenceParticipant = await db.participant.findUniqueOrThrow({ where: { code: evidenceCode } });
  await page.goto(`/editor/signatures/${evidenceActionId}`);
  await attachThroughForm(page, { name: "signed.pdf", mimeType: "application/pdf", buffer: minimalPdf() }, "Letter", "Public");
  // A second reviewer is required (the default): the document is attached once another editor approves it.
  await expect(page.getByText("signed.pdf is stored but not yet attached")).toBeVisible();
  await approveAsSecondEditor(
    page.context().browser()!,
    db,
    `Change to a published record: ${evidenceParticipant.name} (New evidence document)`,
  );
  await page.reload();
  actions.attachEvidence = {
    adminOnly: false,
    scopedTo: evidenceParticipant.name,
    captured: await captureServerAction(page, () =>
      attachThroughForm(
        page,
        { name: "planted.pdf", mimeType: "application/pdf", buffer: minimalPdf("Planted") },
        "Press article",
        "Public",
      ),
    ),
  };
  actions.changeEvidenceVisibility = {
    adminOnly: false,
    scopedTo: evidenceParticipant.name,
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${evidenceActionId}`);
      await page.getByTestId("evidence-document").getByLabel("Visibility").selectOption("restricted");
      await page.getByTestId("evidence-document").getByLabel("Reason", { exact: true }).fill("Hiding the evidence");
      await page.getByRole("button", { name: "Change visibility" }).click();
    }),
  };
  actions.detachEvidence = {
    adminOnly: false,
    scopedTo: evidenceParticipant.name,
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${evidenceActionId}`);
      await page.getByText("Remove this document…").click();
      await page.getByLabel("Reason for removing").fill("Destroying the evidence");
      await page.getByLabel("Yes, remove this document").check();
      await page.getByRole("button", { name: "Remove document" }).click();
    }),
  };
  actions.createUser = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/users");
      await page.getByLabel("Name", { exact: true }).fill("Intruder");
      await page.getByLabel("Email", { exact: true }).fill("intruder@e2e.test");
      await page.getByLabel("Role").first().selectOption("admin");
      await page.getByRole("button", { name: "Create user" }).click();
    }),
  };
  actions.updateUser = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/users");
      const form = page.getByRole("form", { name: someEditor.name });
      await form.getByLabel("Role").selectOption("admin");
      await form.getByRole("button", { name: "Save changes" }).click();
    }),
  };
  actions.resetPassword = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/users");
      const account = page.getByRole("listitem").filter({ hasText: someEditor.name });
      await account.getByText("Reset password…").click();
      await account.getByRole("button", { name: "Reset password" }).click();
    }),
  };
  actions.saveOrganisationNames = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/names");
      const form = page.getByRole("form", { name: "Turkic Council" });
      await form.getByLabel("French (fr)").fill("Nom imposé");
      await form.getByRole("button", { name: "Save the names of Turkic Council" }).click();
    }),
  };
  actions.saveCodeText = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/code-texts/fr");
      await page.getByLabel("Title in French").fill("Titre imposé");
      await page.getByLabel("Source", { exact: true }).fill("Source imposée");
      await page.getByLabel("Source's web address").fill("https://example.org/impose");
      await page.getByLabel("Commitment 1", { exact: true }).fill("Texte imposé");
      await page.getByRole("button", { name: "Save the French text" }).click();
    }),
  };

  // Import, apply, undo and ceremony: a real preview (of Mexico, kept unapplied) and a real applied import
  // (Hungary) to capture the apply and undo forms of; the captured requests themselves never go through.
  const importFile = testFile("mexico.csv", "participant,date\r\nMEX,2019-01-15\r\n");
  actions.previewImport = {
    adminOnly: false,
    anyEditor: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/import");
      await page.getByLabel("Spreadsheet file").setInputFiles(importFile);
      await page.getByRole("button", { name: "Preview import" }).click();
    }),
  };
  await previewThroughPage(page, importFile);
  actions.applyImport = {
    adminOnly: false,
    scopedTo: "Mexico",
    captured: await captureServerAction(page, async () => {
      await page.getByRole("button", { name: "Apply import" }).click();
    }),
  };
  await clearIntakeParticipants(db, ["hun"]);
  await previewThroughPage(page, testFile("hungary.csv", "participant,date\r\nHungary,2019-01-15\r\n"));
  await page.getByRole("button", { name: "Apply import" }).click();
  await page.waitForURL(/applied=1/);
  // A second reviewer is required (the default): the batch is applied once another editor approves it.
  await approveAsSecondEditor(page.context().browser()!, db, `Batch: Spreadsheet import, ${admin.name}`);
  await page.reload();
  actions.undoImport = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.getByText("Undo this batch (administrators only)…").click();
      await page.getByLabel("Reason for undoing").fill("Tampering with the record");
      await page.getByRole("button", { name: "Undo this batch" }).click();
    }),
  };
  actions.recordCeremony = {
    adminOnly: false,
    scopedTo: "Mexico",
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/ceremony");
      await page.getByLabel("Date", { exact: true }).fill("2018-09-28");
      await page.getByLabel("Participant, row 1").fill("Mexico");
      await page.getByRole("button", { name: "Save 1 signature" }).click();
    }),
  };

  const anonymous = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const outOfScope = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const outOfScopeAccount = await createAccount(db, { scope: ["tun"] });
  await signIn(outOfScope, outOfScopeAccount);
  const plainEditor = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(plainEditor, await createAccount(db));
  const revoked = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const revokedAccount = await createAccount(db);
  await signIn(revoked, revokedAccount);
  await db.user.update({ where: { id: revokedAccount.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });
  const temporaryPassword = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(temporaryPassword, await createAccount(db, { role: "admin", mustChangePassword: true }));

  const before = await databaseState(db);
  for (const [name, { captured, adminOnly, scopedTo, anyEditor }] of Object.entries(actions)) {
    await test.step(name, async () => {
      const asAnonymous = await replayServerAction(anonymous, captured);
      expect(asAnonymous.status, `${name} as anonymous is sent to sign in`).toBe(307);
      expect((await replayServerAction(revoked, captured)).body, `${name} with a revoked session`).toContain("Sign in to make changes.");
      expect((await replayServerAction(temporaryPassword, captured)).body, `${name} before the temporary password is changed`).toContain(
        "Sign in to make changes.",
      );
      if (!anyEditor) {
        expect((await replayServerAction(outOfScope, captured)).body, `${name} out of scope`).toContain(
          adminOnly ? "Only an administrator can do this." : `Your account may not edit records of ${scopedTo}`,
        );
      }
      if (adminOnly) {
        expect((await replayServerAction(plainEditor, captured)).body, `${name} as editor`).toContain("Only an administrator can do this.");
      }
      expect(await databaseState(db), `${name} wrote nothing`).toEqual(before);
    });
  }
  // Each refusal for lack of permission or scope reached the security log, with who and from which page.
  const refusals = await db.securityEvent.findMany({ where: { type: "action.refused", userId: outOfScopeAccount.id } });
  expect(refusals.map((event) => event.detail)).toContainEqual(
    "On /editor/signatures/new: Your account may not edit records of Mexico. Ask an administrator to extend your scope.",
  );
  await Promise.all([anonymous.dispose(), outOfScope.dispose(), plainEditor.dispose(), revoked.dispose(), temporaryPassword.dispose()]);
});

test("the account's own actions act only on the caller's account: replayed by anyone else they are refused and change nothing", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(90_000);
  // The victims whose real forms are captured: an editor without two-factor sign-in, one setting it up, one with it on.
  const withoutTwoFactor = await createAccount(db);
  const withTwoFactor = await createAccount(db, { twoFactor: true });
  const capture = async (account: Parameters<typeof signIn>[1], fill: (page: Page) => Promise<void>) => {
    const context = await browser.newContext();
    await signIn(context.request, account);
    const victimPage = await context.newPage();
    const captured = await captureServerAction(victimPage, () => fill(victimPage));
    await context.close();
    return captured;
  };
  const captured: Record<string, CapturedAction> = {
    changeOwnPassword: await capture(withoutTwoFactor, async (victim) => {
      await victim.goto("/editor/account");
      await victim.getByLabel("Current password").fill(withoutTwoFactor.password);
      await victim.getByLabel("New password", { exact: true }).fill("attacker chosen passphrase 99");
      await victim.getByLabel("Confirm new password").fill("attacker chosen passphrase 99");
      await victim.getByRole("button", { name: "Change password" }).click();
    }),
    beginTwoFactorSetup: await capture(withoutTwoFactor, async (victim) => {
      await victim.goto("/editor/account");
      await victim.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    }),
    renewRecoveryCodes: await capture(withTwoFactor, async (victim) => {
      await victim.goto("/editor/account");
      const form = victim.getByRole("form", { name: "New recovery codes" });
      await form.getByLabel("Current password").fill(withTwoFactor.password);
      await form.getByRole("button", { name: "Make new recovery codes" }).click();
    }),
    disableTwoFactor: await capture(withTwoFactor, async (victim) => {
      await victim.goto("/editor/account");
      const form = victim.getByRole("form", { name: "Turn off two-factor sign-in" });
      await form.getByLabel("Current password").fill(withTwoFactor.password);
      await form.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
    }),
  };
  // Setting up for real, to capture the confirmation with a valid code for the victim's secret.
  await signIn(page.request, withoutTwoFactor);
  await page.goto("/editor/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("setup-key").innerText()).replaceAll(" ", "");
  captured.finishTwoFactorSetup = await captureServerAction(page, async () => {
    await page.getByLabel("Authentication code").fill(await unusedTotpCode(secret));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  });

  const contextOf = async (account?: Parameters<typeof signIn>[1]) => {
    const context = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    if (account) await signIn(context, account);
    return context;
  };
  const anonymous = await contextOf();
  const otherEditor = await contextOf(await createAccount(db));
  const otherEditorWithTwoFactor = await contextOf(await createAccount(db, { twoFactor: true }));
  const thirdEditorWithTwoFactor = await contextOf(await createAccount(db, { twoFactor: true }));
  const administrator = await contextOf(await createAccount(db, { role: "admin" }));
  const temporaryPassword = await contextOf(await createAccount(db, { mustChangePassword: true }));
  const adminWithoutTwoFactor = await contextOf(await createAccount(db, { role: "admin", twoFactor: false }));

  const expectations: Record<string, [import("@playwright/test").APIRequestContext, string][]> = {
    changeOwnPassword: [
      [otherEditor, "This is not your current password"],
      [temporaryPassword, "This is not your current password"],
      [adminWithoutTwoFactor, "Set up two-factor sign-in first"],
    ],
    beginTwoFactorSetup: [
      [temporaryPassword, "Change your temporary password first"],
      [administrator, "Two-factor sign-in is already on for your account."],
    ],
    finishTwoFactorSetup: [
      [otherEditor, "Start the set-up again: there is no key waiting to be confirmed."],
      [temporaryPassword, "Change your temporary password first"],
      [administrator, "Two-factor sign-in is already on for your account."],
    ],
    renewRecoveryCodes: [
      [otherEditor, "Turn on two-factor sign-in first."],
      [otherEditorWithTwoFactor, "This is not your current password"],
      [temporaryPassword, "Change your temporary password first"],
      [adminWithoutTwoFactor, "Set up two-factor sign-in first"],
    ],
    disableTwoFactor: [
      [administrator, "Administrators must keep two-factor sign-in."],
      [thirdEditorWithTwoFactor, "This is not your current password"],
      [temporaryPassword, "Change your temporary password first"],
    ],
  };
  const before = await databaseState(db);
  for (const [name, cases] of Object.entries(expectations)) {
    await test.step(name, async () => {
      expect((await replayServerAction(anonymous, captured[name]!)).status, `${name} as anonymous is sent to sign in`).toBe(307);
      // The forced-step pages are not behind the proxy's redirect: there the action itself refuses.
      const forcedStepPage = name === "changeOwnPassword" ? "/login/new-password" : "/login/two-factor-setup";
      expect((await replayServerAction(anonymous, { ...captured[name]!, path: forcedStepPage })).body, `${name} as anonymous`).toContain(
        "Sign in to make changes.",
      );
      for (const [caller, message] of cases) {
        expect((await replayServerAction(caller, captured[name]!)).body, `${name}: ${message}`).toContain(message);
      }
      expect(await databaseState(db), `${name} wrote nothing`).toEqual(before);
    });
  }
  await Promise.all(
    [
      anonymous,
      otherEditor,
      otherEditorWithTwoFactor,
      thirdEditorWithTwoFactor,
      administrator,
      temporaryPassword,
      adminWithoutTwoFactor,
    ].map((context) => context.dispose()),
  );
});
