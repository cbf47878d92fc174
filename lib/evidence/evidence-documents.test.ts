import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { getParticipantRecord } from "@/lib/participants/get-participant-record";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { englishRefusal } from "@/tests/english-refusal";
import { jpegWithGps, minimalPdf, REFUSED_FILES, uploadedFile } from "@/tests/evidence-files";
import { attachEvidence } from "./attach-evidence";
import { changeEvidenceVisibility } from "./change-evidence-visibility";
import { detachEvidence } from "./detach-evidence";
import { getEvidenceDownload } from "./get-evidence-download";
import { listRecordEvidence } from "./list-record-evidence";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const pdfFile = (text = "Signed page", name = "signed-page.pdf") => uploadedFile(minimalPdf(text), name, "application/pdf");

describe("evidence documents", () => {
  let database: Database;
  let editor: ActingUser;
  let kazActionId: string;

  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    editor = await database.actingUser("editor", ["kaz", "tun"]);
    kazActionId = (await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } })).id;
  });
  afterEach(() => database.drop());

  const attach = (overrides: Record<string, unknown> = {}, actor: ActingUser = editor) =>
    attachEvidence(database.db, actor, {
      recordType: "action",
      recordId: kazActionId,
      kind: "signed_instrument",
      visibility: "public",
      document: pdfFile(),
      ...overrides,
    });

  it("stores a file once under the SHA-256 of its bytes, with its name, type, size, uploader and time", async () => {
    const before = await database.snapshot();
    const attached = await attach();
    const bytes = minimalPdf("Signed page");
    expect(attached).toMatchObject({ sha256: sha256(bytes), fileName: "signed-page.pdf", wasStoredBefore: false });
    const file = await database.db.evidenceFile.findUniqueOrThrow({ where: { sha256: attached.sha256 }, include: { content: true } });
    expect(file).toMatchObject({ format: "pdf", byteSize: bytes.length, fileName: "signed-page.pdf", uploadedById: editor.id });
    expect(Date.now() - file.uploadedAt.getTime()).toBeLessThan(60_000);
    expect(Buffer.from(file.content!.bytes).equals(bytes)).toBe(true);
    // A published record: a public change, one audit entry on the record, one new revision.
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.attach" } });
    expect(audit).toMatchObject({ entityType: "signature", entityId: kazActionId, isPublic: true, actorName: editor.name });
    expect(JSON.parse(audit.after!)).toEqual({
      sha256: attached.sha256,
      fileName: "signed-page.pdf",
      format: "pdf",
      byteSize: bytes.length,
      kind: "signed_instrument",
      visibility: "public",
    });
    expect((await database.snapshot()).revision).toBe(before.revision + 1);
  });

  it("reuses a stored file for another record, and refuses the same file twice on one record", async () => {
    const tunisia = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "tun" } } });
    const first = await attach();
    const second = await attach({ recordId: tunisia.id, document: pdfFile("Signed page", "other-name.pdf") });
    expect(second).toMatchObject({ sha256: first.sha256, fileName: "signed-page.pdf", wasStoredBefore: true });
    expect(await database.db.evidenceFile.count()).toBe(1);
    expect(await database.db.evidenceDocument.count()).toBe(2);

    const before = await database.snapshot();
    expect(await englishRefusal(attach())).toMatchObject({
      code: "conflict",
      fieldErrors: { document: "This document is already attached to this record (the same file, by its SHA-256)." },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("a change to a draft's documents is not public: no public history, no new revision", async () => {
    const draft = await database.db.participantAction.update({ where: { id: kazActionId }, data: { status: "draft" } });
    const before = await database.snapshot();
    await attach({ recordId: draft.id });
    expect(await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.attach" } })).toMatchObject({ isPublic: false });
    expect((await database.snapshot()).revision).toBe(before.revision);
  });

  it("attaches to a statement too", async () => {
    const kaz = await database.db.participant.findUniqueOrThrow({ where: { code: "kaz" } });
    const instrument = await database.db.instrument.findFirstOrThrow();
    const statement = await database.db.statement.create({
      data: { participantId: kaz.id, instrumentId: instrument.id, kind: "declaration", text: "We support it", status: "published" },
    });
    await attach({ recordType: "statement", recordId: statement.id, kind: "note_verbale", visibility: "restricted" });
    const { documents } = await listRecordEvidence(database.db, editor, "statement", statement.id);
    expect(documents).toEqual([expect.objectContaining({ kind: "note_verbale", visibility: "restricted" })]);
    expect(await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.attach" } })).toMatchObject({
      entityType: "statement",
    });
  });

  it.each([
    ["no file", { document: null }, "document", "Choose the file to attach: a PDF, PNG or JPEG of at most 10 MB"],
    [
      "a text field instead of a file",
      { document: "%PDF-1.4" },
      "document",
      "Choose the file to attach: a PDF, PNG or JPEG of at most 10 MB",
    ],
    [
      "an empty file",
      { document: new File([], "empty.pdf") },
      "document",
      "This file is empty: choose the scanned or saved document again",
    ],
    [
      "an 11 MB file",
      { document: uploadedFile(Buffer.concat([minimalPdf(), Buffer.alloc(11_000_000)]), "big.pdf") },
      "document",
      "This file is over 10 MB: scan it at a lower resolution, or split it and attach each part",
    ],
    [
      "an HTML page renamed .pdf",
      { document: uploadedFile(REFUSED_FILES.html, "note.pdf", "application/pdf") },
      "document",
      "This file is not a PDF, PNG or JPEG, whatever its name says (web pages, SVG images and scripts are refused). Save or scan the document as a PDF, PNG or JPEG and attach that.",
    ],
    ["no kind", { kind: "" }, "kind", "Choose what kind of document this is"],
    ["an unknown kind", { kind: "rumour" }, "kind", "Choose what kind of document this is"],
    ["no visibility", { visibility: undefined }, "visibility", "Choose Public or Restricted"],
  ])("refuses %s with a message under the field, and stores nothing", async (_, overrides, field, message) => {
    const before = await database.snapshot();
    await expect(attach(overrides)).rejects.toMatchObject({ code: "validation", fieldErrors: { [field]: message } });
    expect(await database.snapshot()).toEqual(before);
  });

  it("refuses a record that does not exist", async () => {
    await expect(attach({ recordId: "no-such-record" })).rejects.toMatchObject({ code: "not_found" });
  });

  describe("downloads", () => {
    it("public documents of published records for anyone; restricted ones only for editors in scope", async () => {
      const publicPdf = await attach();
      const restricted = await attach({ kind: "note_verbale", visibility: "restricted", document: pdfFile("Note verbale", "nv.pdf") });
      const outOfScope = await database.actingUser("editor", ["mex"]);
      const unscoped = await database.actingUser("editor");

      const asAnonymous = await getEvidenceDownload(database.db, null, publicPdf.sha256);
      expect(asAnonymous).toMatchObject({ format: "pdf", fileName: "signed-page.pdf", isPublic: true });
      expect(Buffer.from(asAnonymous!.bytes).equals(minimalPdf("Signed page"))).toBe(true);

      expect(await getEvidenceDownload(database.db, null, restricted.sha256)).toBeNull();
      expect(await getEvidenceDownload(database.db, outOfScope, restricted.sha256)).toBeNull();
      expect(await getEvidenceDownload(database.db, editor, restricted.sha256)).toMatchObject({ isPublic: false });
      expect(await getEvidenceDownload(database.db, unscoped, restricted.sha256)).toMatchObject({ isPublic: false });
      expect(await getEvidenceDownload(database.db, null, "0".repeat(64))).toBeNull();
      expect(await getEvidenceDownload(database.db, null, publicPdf.sha256.toUpperCase())).toBeNull();
      expect(await getEvidenceDownload(database.db, null, "../../etc/passwd")).toBeNull();
    });

    it("a public document of a draft stays with the editors until the record is published", async () => {
      await database.db.participantAction.update({ where: { id: kazActionId }, data: { status: "draft" } });
      const attached = await attach();
      expect(await getEvidenceDownload(database.db, null, attached.sha256)).toBeNull();
      await database.db.participantAction.update({ where: { id: kazActionId }, data: { status: "published" } });
      expect(await getEvidenceDownload(database.db, null, attached.sha256)).not.toBeNull();
    });

    it("a JPEG is served without its metadata, under the hash of what is served", async () => {
      const attached = await attach({ kind: "press_article", document: uploadedFile(jpegWithGps(), "photo.jpeg") });
      const served = await getEvidenceDownload(database.db, null, attached.sha256);
      expect(sha256(served!.bytes)).toBe(attached.sha256);
      expect(Buffer.from(served!.bytes).includes("GPS")).toBe(false);
    });
  });

  describe("visibility", () => {
    it("a published record's document changes visibility only with a reason, as a public change", async () => {
      const attached = await attach();
      const document = await database.db.evidenceDocument.findFirstOrThrow();
      const before = await database.snapshot();
      await expect(
        changeEvidenceVisibility(database.db, editor, { documentId: document.id, visibility: "restricted" }),
      ).rejects.toMatchObject({
        fieldErrors: { reason: "Say why: this record is published, and the reason is shown in its public history" },
      });
      expect(await database.snapshot()).toEqual(before);

      await changeEvidenceVisibility(database.db, editor, {
        documentId: document.id,
        visibility: "restricted",
        reason: "Confidential annex",
      });
      expect(await getEvidenceDownload(database.db, null, attached.sha256)).toBeNull();
      const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.visibility" } });
      expect(audit).toMatchObject({ isPublic: true, reason: "Confidential annex" });
      expect(JSON.parse(audit.before!)).toMatchObject({ visibility: "public" });
      expect(JSON.parse(audit.after!)).toMatchObject({ visibility: "restricted" });
      expect((await database.snapshot()).revision).toBe(before.revision + 1);
    });
  });

  describe("detaching", () => {
    it("needs a reason, keeps it in the history, and deletes a file no record uses any more", async () => {
      const attached = await attach();
      const document = await database.db.evidenceDocument.findFirstOrThrow();
      await expect(detachEvidence(database.db, editor, { documentId: document.id, reason: "" })).rejects.toMatchObject({
        fieldErrors: { reason: "Say why this document is removed (at least 5 characters): the reason stays in the record's history" },
      });
      await detachEvidence(database.db, editor, { documentId: document.id, reason: "Wrong country's page" });
      expect(await database.db.evidenceFile.count()).toBe(0);
      expect(await database.db.evidenceContent.count()).toBe(0);
      expect(await getEvidenceDownload(database.db, editor, attached.sha256)).toBeNull();
      expect(await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.detach" } })).toMatchObject({
        isPublic: true,
        reason: "Wrong country's page",
      });
    });

    it("keeps a file another record still uses", async () => {
      const tunisia = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "tun" } } });
      await attach();
      await attach({ recordId: tunisia.id });
      const onKazakhstan = await database.db.evidenceDocument.findFirstOrThrow({ where: { actionId: kazActionId } });
      await detachEvidence(database.db, editor, { documentId: onKazakhstan.id, reason: "Attached to the wrong record" });
      expect(await database.db.evidenceFile.count()).toBe(1);
    });

    it("deleting an action deletes the files only it used", async () => {
      const admin = await database.actingUser("admin");
      await attach();
      await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" });
      expect(await database.db.evidenceDocument.count()).toBe(0);
      expect(await database.db.evidenceFile.count()).toBe(0);
    });
  });

  describe("verification follows the evidence", () => {
    const correct = async (verification: string) => {
      const action = await database.db.participantAction.findUniqueOrThrow({ where: { id: kazActionId } });
      return correctAction(database.db, editor, {
        ...validActionInput("kaz", { action: "signature", date: "2018-09-28", verification }),
        id: kazActionId,
        version: String(action.version),
        reason: "Verified against the signed page",
      });
    };
    const refusal = {
      code: "validation",
      fieldErrors: {
        verification:
          "A depositary record rests on the signed instrument: attach the signed page (or the signed letter of accession or withdrawal) under “Evidence documents” below, then choose Depositary record",
      },
    };

    it("a new record cannot be a depositary record: it has no documents yet", async () => {
      const before = await database.snapshot();
      const unscoped = await database.actingUser("editor");
      await expect(recordAction(database.db, unscoped, validActionInput("mex", { verification: "depositary" }))).rejects.toMatchObject({
        code: "validation",
        fieldErrors: {
          verification:
            "A depositary record rests on the signed instrument: save this record at another level first, attach the signed page (or signed letter) under “Evidence documents”, then choose Depositary record",
        },
      });
      expect((await database.snapshot()).actions).toEqual(before.actions);
    });

    it("a record becomes a depositary record only with a signed instrument attached, public or restricted", async () => {
      const before = await database.snapshot();
      await expect(correct("depositary")).rejects.toMatchObject(refusal);
      await attach({ kind: "note_verbale", document: pdfFile("Note verbale") });
      await expect(correct("depositary")).rejects.toMatchObject(refusal);
      expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: kazActionId } })).verification).toBe(
        before.actions.find((action) => action.id === kazActionId)!.verification,
      );

      await attach({ visibility: "restricted" });
      await correct("depositary");
      expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: kazActionId } })).verification).toBe("depositary");
    });

    it("the last signed instrument of a depositary record cannot be detached", async () => {
      await attach();
      await correct("depositary");
      const signedPage = await database.db.evidenceDocument.findFirstOrThrow();
      const before = await database.snapshot();
      expect(await englishRefusal(detachEvidence(database.db, editor, { documentId: signedPage.id, reason: "Tidying up" }))).toMatchObject({
        code: "conflict",
        message:
          "The document was not removed: it is the signed instrument this Depositary record rests on. Change the record's verification level first, or attach another signed instrument.",
      });
      expect(await database.snapshot()).toEqual(before);
    });

    it("the participant page shows public documents and what the badge rests on, never a restricted document's details", async () => {
      const instrument = await database.db.instrument.findFirstOrThrow();
      const signedPage = await attach({ visibility: "restricted" });
      await correct("depositary");
      const note = await attach({ kind: "note_verbale", document: pdfFile("Note verbale", "nv.pdf") });

      const record = await getParticipantRecord(database.db, "kaz", instrument.id);
      const action = record!.actions.find((entry) => entry.id === kazActionId)!;
      expect(action.verificationBasis).toEqual({ type: "restricted-document", kind: "signed_instrument" });
      expect(action.documents).toEqual([
        { kind: "note_verbale", sha256: note.sha256, fileName: "nv.pdf", format: "pdf", byteSize: minimalPdf("Note verbale").length },
      ]);
      expect(JSON.stringify(record)).not.toContain(signedPage.sha256);

      const document = await database.db.evidenceDocument.findFirstOrThrow({ where: { sha256: signedPage.sha256 } });
      await changeEvidenceVisibility(database.db, editor, {
        documentId: document.id,
        visibility: "public",
        reason: "Cleared for publication",
      });
      const updated = (await getParticipantRecord(database.db, "kaz", instrument.id))!.actions.find((entry) => entry.id === kazActionId)!;
      expect(updated.verificationBasis).toEqual({
        type: "document",
        document: expect.objectContaining({ kind: "signed_instrument", sha256: signedPage.sha256, format: "pdf" }),
      });
    });
  });
});
