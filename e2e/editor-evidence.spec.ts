import { request as playwrightRequest } from "@playwright/test";
import exifr from "exifr";
import { decodeJpegPixels, JPEG_SIZE, jpegWithGps, minimalPdf, REFUSED_FILES } from "@/tests/evidence-files";
import { E2E_BASE_URL } from "./e2e-settings";
import { createAccount, signIn } from "./editor-data";
import { attachThroughForm as attach, evidenceState, recordPublishedSignature, resetEvidenceParticipant, sha256Of } from "./evidence-data";
import { approveAsSecondEditor } from "./review-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { captureServerAction, replayServerAction, type CapturedAction } from "./server-action-replay";

// Evidence documents, through the real upload form and the production server (server/), which hands the
// request body to Next untouched: what is stored, what comes back, what is refused, who may download.

const [uploads, refusals, restricted, statements] = TEST_PARTICIPANTS.evidence;

/** The captured upload request with its file's bytes replaced (the multipart framing around them kept). */
function withFileReplaced(captured: CapturedAction, bytes: Buffer): CapturedAction {
  const headerEnd = captured.body.indexOf("\r\n\r\n", captured.body.indexOf('filename="')) + 4;
  const boundary = `\r\n--${/boundary=(\S+)/.exec(captured.headers["content-type"] ?? "")![1]}`;
  const fileEnd = captured.body.indexOf(boundary, headerEnd);
  const body = Buffer.concat([captured.body.subarray(0, headerEnd), bytes, captured.body.subarray(fileEnd)]);
  return { ...captured, headers: { ...captured.headers, "content-length": String(body.length) }, body };
}

test("a PDF comes back byte for byte, a JPEG without its GPS, and the badge says what the level rests on", async ({
  page,
  browser,
  db,
  expectNoAxeViolations,
}) => {
  test.setTimeout(90_000);
  await resetEvidenceParticipant(db, uploads);
  const actionId = await recordPublishedSignature(db, uploads);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: uploads } });
  await signIn(page.request, await createAccount(db, { scope: [uploads] }));
  await page.goto(`/editor/signatures/${actionId}`);

  const pdf = minimalPdf(`Signed page of ${participant.name}`);
  await attach(
    page,
    { name: "signed page.pdf", mimeType: "application/pdf", buffer: pdf },
    "Signed instrument (the signed page, or the signed letter of accession or withdrawal)",
    "Public",
  );
  // A second reviewer is required (the default): a document for a published record waits for approval.
  await expect(page.getByTestId("form-status").filter({ hasText: "signed page.pdf is stored but not yet attached" })).toBeVisible();
  const photo = jpegWithGps();
  expect((await exifr.gps(photo)).latitude).toBeGreaterThan(46);
  await attach(page, { name: "IMG_0042.JPG", mimeType: "image/jpeg", buffer: photo }, "Press article", "Public");
  await expect(page.getByTestId("form-status").filter({ hasText: "IMG_0042.jpg is stored but not yet attached" })).toBeVisible();
  await approveAsSecondEditor(browser, db, `Change to a published record: ${participant.name} (New evidence document)`, { items: 2 });
  await page.reload();
  await expect(page.getByTestId("evidence-document")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // The public page lists both, each with its size and SHA-256; anyone downloads them.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/signatories/${uploads}`);
  const documents = publicPage.getByTestId("evidence-documents");
  await expect(documents).toContainText(`Signed instrument: signed page.pdf (PDF, ${pdf.length} bytes)`);
  await expect(documents).toContainText(sha256Of(pdf));
  const jpegLink = documents.getByRole("link", { name: "Press article: IMG_0042.jpg" });
  const jpegHash = (await jpegLink.getAttribute("href"))!.replace("/evidence/", "");
  await expect(documents).toContainText(jpegHash);
  // The open API names the same documents, and the ledger's current entry for the record holds them too.
  const detail = (await (await visitor.request.get(`/api/v1/participants/${uploads}`)).json()) as {
    actions: { documents: { sha256: string; kind: string }[]; verificationBasis: { type: string } }[];
  };
  expect(detail.actions[0]?.documents.map((document) => document.sha256)).toEqual([sha256Of(pdf), jpegHash]);
  expect(detail.actions[0]?.documents[0]?.kind).toBe("signed-instrument");

  const pdfResponse = await visitor.request.get(`/evidence/${sha256Of(pdf)}`);
  expect(pdfResponse.status()).toBe(200);
  expect((await pdfResponse.body()).equals(pdf)).toBe(true);
  expect(pdfResponse.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": 'attachment; filename="signed page.pdf"',
    "x-content-type-options": "nosniff",
    "cache-control": "public, max-age=31536000, immutable",
    etag: `"${sha256Of(pdf)}"`,
  });
  expect(pdfResponse.headers()["content-security-policy"]).toMatch(/^sandbox;/);

  const jpegResponse = await visitor.request.get(`/evidence/${jpegHash}`);
  const served = await jpegResponse.body();
  expect(jpegResponse.headers()).toMatchObject({
    "content-type": "image/jpeg",
    "content-disposition": "attachment; filename=IMG_0042.jpg",
  });
  expect(sha256Of(served)).toBe(jpegHash);
  expect(await exifr.parse(served, { tiff: true, xmp: true, iptc: true, icc: true, jfif: true })).toBeUndefined();
  expect(served.includes("GPS")).toBe(false);
  // Still the same picture: the browser draws it at its size, and its pixels decode as the original's did.
  expect(decodeJpegPixels(served).equals(decodeJpegPixels(photo))).toBe(true);
  const drawnWidth = await publicPage.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image.naturalWidth;
  }, `/evidence/${jpegHash}`);
  expect(drawnWidth).toBe(JPEG_SIZE.width);

  // Verification follows the evidence: with a signed instrument attached, the record can be a depositary record.
  await page.getByLabel("Verification level").selectOption("depositary");
  await page.getByLabel("Reason for the correction").fill("Checked against the signed page");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  // A second reviewer is required (the default): the correction is public once another editor approves it.
  await approveAsSecondEditor(browser, db, `Correction to a published record: ${participant.name} (Signature)`);
  await publicPage.reload();
  await expect(publicPage.getByTestId("verification-basis")).toHaveText(`Depositary record — signed instrument, PDF, ${pdf.length} bytes`);
  await expect(publicPage.getByTestId("history")).toContainText("Evidence document attached");
  await expectNoAxeViolations(publicPage);
  await visitor.close();
});

test("a depositary record needs a signed instrument: without one it is refused with a message", async ({ page, db }) => {
  await resetEvidenceParticipant(db, refusals);
  const actionId = await recordPublishedSignature(db, refusals);
  await signIn(page.request, await createAccount(db, { scope: [refusals] }));
  await page.goto(`/editor/signatures/${actionId}`);
  await page.getByLabel("Verification level").selectOption("depositary");
  await page.getByLabel("Reason for the correction").fill("Upgrading");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Verification level")).toHaveAccessibleDescription(
    /A depositary record rests on the signed instrument: attach the signed page/,
  );
  expect((await db.participantAction.findUniqueOrThrow({ where: { id: actionId } })).verification).toBe("official_statement");
});

test("an HTML file renamed .pdf, an SVG and an 11 MB file are refused with a message, and nothing is stored", async ({ page, db }) => {
  test.setTimeout(90_000);
  await resetEvidenceParticipant(db, refusals);
  const actionId = await recordPublishedSignature(db, refusals);
  await signIn(page.request, await createAccount(db, { scope: [refusals] }));
  await page.goto(`/editor/signatures/${actionId}`);
  const before = await evidenceState(db);
  const field = page.getByLabel("Evidence document", { exact: true });

  const cases = [
    {
      file: { name: "note-verbale.pdf", mimeType: "application/pdf", buffer: REFUSED_FILES.html },
      message: "This file is not a PDF, PNG or JPEG, whatever its name says (web pages, SVG images and scripts are refused).",
    },
    {
      file: { name: "signed-page.svg", mimeType: "image/svg+xml", buffer: REFUSED_FILES.svg },
      message: "This file is not a PDF, PNG or JPEG, whatever its name says (web pages, SVG images and scripts are refused).",
    },
    {
      file: {
        name: "scan.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.concat([minimalPdf(), Buffer.alloc(11_000_000 - minimalPdf().length)]),
      },
      message: "This file is 11 MB: evidence documents can be at most 10 MB.",
    },
  ];
  for (const { file, message } of cases) {
    await test.step(file.name, async () => {
      await attach(page, file, "Note verbale", "Restricted");
      await expect(page.getByTestId("form-status").filter({ hasText: "The document was not attached: nothing was stored." })).toBeVisible();
      await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, "\\$&")));
      await expect(field).toBeFocused();
      expect(await evidenceState(db)).toEqual(before);
    });
  }

  // The browser's size check is a courtesy: the server refuses on its own. A request sent around the form
  // with a file just over 10 MB gets the domain's message; a body over the limit is refused by Next before
  // our code runs (Next answers it with a 500 and goes on serving).
  const captured = await captureServerAction(page, () =>
    attach(page, { name: "page.pdf", mimeType: "application/pdf", buffer: minimalPdf() }, "Letter", "Public"),
  );
  const overLimit = await replayServerAction(
    page.request,
    withFileReplaced(captured, Buffer.concat([minimalPdf(), Buffer.alloc(10_010_000)])),
  );
  expect(overLimit.body).toContain("This file is over 10 MB: scan it at a lower resolution, or split it and attach each part");
  const overBody = await replayServerAction(page.request, withFileReplaced(captured, Buffer.alloc(11_000_000)));
  expect(overBody.status).toBeGreaterThanOrEqual(400);
  expect(await evidenceState(db)).toEqual(before);
  await page.reload();
  await expect(page.getByText("No documents attached yet.")).toBeVisible();
});

test("a restricted document answers 404 to an anonymous visitor, exactly like a file that does not exist", async ({
  page,
  browser,
  db,
}) => {
  await resetEvidenceParticipant(db, restricted);
  const actionId = await recordPublishedSignature(db, restricted);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: restricted } });
  const editor = await createAccount(db, { scope: [restricted] });
  await signIn(page.request, editor);
  await page.goto(`/editor/signatures/${actionId}`);
  const noteVerbale = minimalPdf("Note verbale, not for publication");
  await attach(page, { name: "note-verbale.pdf", mimeType: "application/pdf", buffer: noteVerbale }, "Note verbale", "Restricted");
  await approveAsSecondEditor(browser, db, `Change to a published record: ${participant.name} (New evidence document)`);
  await page.reload();
  await expect(page.getByTestId("evidence-visibility")).toHaveText("Restricted");
  const hash = sha256Of(noteVerbale);

  const anonymous = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const outOfScope = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(outOfScope, await createAccount(db, { scope: ["tun"] }));
  const revoked = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const revokedAccount = await createAccount(db, { scope: [restricted] });
  await signIn(revoked, revokedAccount);
  await db.user.update({ where: { id: revokedAccount.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });
  const answer = async (context: typeof anonymous, path: string) => {
    const response = await context.get(path);
    const { date: _date, ...headers } = response.headers();
    return { status: response.status(), headers, body: await response.text() };
  };
  const unknown = await answer(anonymous, `/evidence/${"0".repeat(64)}`);
  expect(unknown.status).toBe(404);
  expect(await answer(anonymous, `/evidence/${hash}`)).toEqual(unknown);
  expect(await answer(outOfScope, `/evidence/${hash}`)).toEqual(unknown);
  expect(await answer(revoked, `/evidence/${hash}`)).toEqual(unknown);
  // The editor whose scope covers it downloads it, kept out of shared caches.
  const own = await page.request.get(`/evidence/${hash}`);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect((await own.body()).equals(noteVerbale)).toBe(true);
  // The public page does not name it.
  const publicPage = await anonymous.get(`/signatories/${restricted}`);
  expect(await publicPage.text()).not.toContain(hash);
  // Nor do the open API and the ledger, which name public documents only (the kind a level rests on at most).
  const detail = await (await anonymous.get(`/api/v1/participants/${restricted}`)).text();
  expect(detail).not.toContain(hash);
  expect(JSON.parse(detail)).toMatchObject({ actions: [{ documents: [] }] });
  expect(await (await anonymous.get("/api/v1/ledger?limit=500")).text()).not.toContain(hash);
  await Promise.all([anonymous.dispose(), outOfScope.dispose(), revoked.dispose()]);
});

test("a statement, once saved, takes its documents on its own page; the public sees only the public ones", async ({
  page,
  browser,
  db,
}) => {
  await resetEvidenceParticipant(db, statements);
  const participant = await db.participant.findUniqueOrThrow({ where: { code: statements } });
  await signIn(page.request, await createAccount(db, { scope: [statements] }));
  await page.goto("/editor/statements/new");
  await page.getByLabel("Participant").fill(participant.iso3!);
  await page.getByLabel("Text").fill("The Government supports the Code of Conduct.");
  await page.getByLabel("Commitment 7").check();
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Statement saved.")).toBeVisible();
  await approveAsSecondEditor(browser, db, `Statement: ${participant.name} (Statement)`);
  await expect(page.getByRole("heading", { name: `Statement by ${participant.name}` })).toBeVisible();

  const letter = minimalPdf("Letter from the Minister");
  const noteVerbale = minimalPdf("Note verbale of the Mission");
  await attach(page, { name: "letter.pdf", mimeType: "application/pdf", buffer: letter }, "Letter", "Public");
  await expect(page.getByText("letter.pdf is stored but not yet attached")).toBeVisible();
  await attach(page, { name: "note verbale.pdf", mimeType: "application/pdf", buffer: noteVerbale }, "Note verbale", "Restricted");
  await expect(page.getByText("note verbale.pdf is stored but not yet attached")).toBeVisible();
  await approveAsSecondEditor(browser, db, `Change to a published record: ${participant.name} (New evidence document)`, { items: 2 });
  await page.reload();
  await expect(page.getByTestId("evidence-document")).toHaveCount(2);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/signatories/${statements}`);
  const statementDocuments = publicPage.getByRole("region", { name: "Statements" }).getByTestId("evidence-documents");
  await expect(statementDocuments).toContainText(`Letter: letter.pdf (PDF, ${letter.length} bytes)`);
  await expect(statementDocuments).toContainText(sha256Of(letter));
  await expect(publicPage.getByRole("main")).not.toContainText("note verbale.pdf");
  expect(await publicPage.content()).not.toContain(sha256Of(noteVerbale));
  await visitor.close();
});
