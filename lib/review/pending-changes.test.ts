import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { recordCeremony } from "@/lib/change-batches/record-ceremony";
import { undoChangeBatch } from "@/lib/change-batches/undo-change-batch";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { changeEvidenceVisibility } from "@/lib/evidence/change-evidence-visibility";
import { detachEvidence } from "@/lib/evidence/detach-evidence";
import { getEvidenceDownload } from "@/lib/evidence/get-evidence-download";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { getParticipantRecord } from "@/lib/participants/get-participant-record";
import { refusedInEnglish } from "@/tests/in-english";
import { minimalPdf, uploadedFile } from "@/tests/evidence-files";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { approveReviewItem } from "./approve-review-item";
import { changeReviewSetting } from "./change-review-setting";
import { listRecordPendingChanges } from "./list-record-pending-changes";
import { listReturnedItems } from "./list-returned-items";
import { listReviewQueue } from "./list-review-queue";
import { returnReviewItem } from "./return-review-item";

// Changes to published records other than corrections (deleting an action, undoing a batch, evidence
// documents) wait for a second editor while review is required, as the issue says: "Admins never bypass it".

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const pdf = (text = "Signed page", name = "signed-page.pdf") => uploadedFile(minimalPdf(text), name, "application/pdf");

describe("changes to published records wait for a second editor while review is required", () => {
  let database: Database;
  let admin: ActingUser;
  let reviewer: ActingUser;
  let kazActionId: string;

  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    reviewer = await database.actingUser("editor", ["kaz", "mex"]);
    kazActionId = (await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" }, status: "published" } }))
      .id;
  });
  afterEach(() => database.drop());

  const decision = (id: string) => ({ subjectType: "change", subjectId: id, version: "1" });
  const onlyChange = async () => {
    const items = (await listReviewQueue(database.db, reviewer)).filter((item) => item.type === "change");
    expect(items).toHaveLength(1);
    return items[0]!;
  };
  const kazPublicActions = async () => {
    const instrument = await database.db.instrument.findFirstOrThrow();
    return (await getParticipantRecord(database.db, "kaz", instrument.id))!.actions;
  };
  const ledgerCount = () => database.db.ledgerEntry.count();
  const attachToKaz = (actor: ActingUser, overrides: Record<string, unknown> = {}) =>
    attachEvidence(database.db, actor, {
      recordType: "action",
      recordId: kazActionId,
      kind: "signed_instrument",
      visibility: "public",
      document: pdf(),
      ...overrides,
    });

  it("deleting a published action is proposed: the public keeps it until another editor approves, then it is gone with its reason", async () => {
    const publicBefore = await kazPublicActions();
    const ledger = await ledgerCount();
    const { revision } = await database.snapshot();
    expect(await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" })).toEqual({
      participantCode: "kaz",
      isPending: true,
    });
    expect(await kazPublicActions()).toEqual(publicBefore);
    expect(await ledgerCount()).toBe(ledger);
    expect((await database.snapshot()).revision).toBe(revision);

    expect(await listRecordPendingChanges(database.db, reviewer, kazActionId)).toMatchObject([
      { kind: "action-delete", proposedByName: admin.name, fileName: null },
    ]);
    const item = await onlyChange();
    expect(item).toMatchObject({ kind: "action-delete", reason: "Entered in error", submittedByName: admin.name, isOwn: false });
    expect(item.diff).toContainEqual({ field: "action", publicNow: "signature", proposed: null });
    expect(item.editorHref).toBe(`/editor/signatures/${kazActionId}`);

    await approveReviewItem(database.db, reviewer, decision(item.id));
    expect(await database.db.participantAction.findUnique({ where: { id: kazActionId } })).toBeNull();
    expect(await kazPublicActions()).toEqual(publicBefore.filter((action) => action.id !== kazActionId));
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "signature.delete", entityId: kazActionId } });
    expect(audit).toMatchObject({ actorName: reviewer.name, proposedByName: admin.name, reason: "Entered in error", isPublic: true });
    expect(
      await database.db.ledgerEntry.findFirstOrThrow({ where: { entityId: kazActionId }, orderBy: { sequence: "desc" } }),
    ).toMatchObject({
      actorName: reviewer.name,
      reason: "Entered in error",
    });
    expect((await database.snapshot()).revision).toBe(revision + 1);
    expect(await database.db.pendingChange.count()).toBe(0);
  });

  it("a returned proposal is discarded, and its author sees the comment on the dashboard", async () => {
    await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" });
    const item = await onlyChange();
    const { revision } = await database.snapshot();
    await returnReviewItem(database.db, reviewer, { ...decision(item.id), comment: "The note verbale confirms it" });
    expect(await database.db.pendingChange.count()).toBe(0);
    expect(await database.db.participantAction.findUnique({ where: { id: kazActionId } })).not.toBeNull();
    expect((await database.snapshot()).revision).toBe(revision);
    expect(await listReturnedItems(database.db, admin)).toMatchObject([
      {
        subjectType: "change",
        changeKind: "action-delete",
        participantName: "Kazakhstan",
        reviewerName: reviewer.name,
        comment: "The note verbale confirms it",
        href: `/editor/signatures/${kazActionId}`,
      },
    ]);
    // Proposing it again takes the return off the dashboard.
    await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error, really" });
    expect(await listReturnedItems(database.db, admin)).toEqual([]);
  });

  it("the proposer (an administrator) cannot approve or return it, nor can an editor out of scope or anyone signed out; nothing written", async () => {
    await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" });
    const item = await onlyChange();
    expect((await listReviewQueue(database.db, admin)).find((entry) => entry.id === item.id)).toMatchObject({ isOwn: true });
    expect(await listReviewQueue(database.db, await database.actingUser("editor", ["mex"]))).toEqual([]);
    const before = await database.snapshot();
    const outOfScope = await database.actingUser("editor", ["mex"]);
    for (const decide of [
      (actor: ActingUser | null) => approveReviewItem(database.db, actor, decision(item.id)),
      (actor: ActingUser | null) => returnReviewItem(database.db, actor, { ...decision(item.id), comment: "No" }),
    ]) {
      expect(await refusedInEnglish(decide(admin))).toMatchObject({
        code: "forbidden",
        message: "You were the last to change this record: another editor must review it.",
      });
      expect(await refusedInEnglish(decide(outOfScope))).toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("Your account may not edit records of Kazakhstan"),
      });
      expect(await refusedInEnglish(decide(null))).toMatchObject({ code: "unauthenticated" });
    }
    expect(await database.snapshot()).toEqual({ ...before, users: expect.any(Array) });
  });

  it("the same change proposed twice is refused, and nothing is written", async () => {
    await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" });
    const before = await database.snapshot();
    expect(await refusedInEnglish(deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" }))).toMatchObject({
      code: "conflict",
      message: "The same change is already waiting for review. Nothing was written.",
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("a document for a published record is stored but neither attached nor public until approved; its reviewer can read it", async () => {
    const publicBefore = await kazPublicActions();
    const { revision } = await database.snapshot();
    const proposed = await attachToKaz(admin);
    expect(proposed).toMatchObject({ isPending: true, wasStoredBefore: false });
    expect(await database.db.evidenceDocument.count()).toBe(0);
    expect(await getEvidenceDownload(database.db, null, proposed.sha256)).toBeNull();
    expect(await getEvidenceDownload(database.db, reviewer, proposed.sha256)).toMatchObject({ isPublic: false });
    expect(await getEvidenceDownload(database.db, await database.actingUser("editor", ["mex"]), proposed.sha256)).toBeNull();
    expect(await kazPublicActions()).toEqual(publicBefore);
    expect((await database.snapshot()).revision).toBe(revision);

    const item = await onlyChange();
    expect(item.diff).toEqual([
      { field: "document", publicNow: null, proposed: "signed-page.pdf" },
      { field: "sha256", publicNow: null, proposed: proposed.sha256 },
      { field: "evidenceKind", publicNow: null, proposed: "signed_instrument" },
      { field: "evidenceVisibility", publicNow: null, proposed: "public" },
    ]);
    await approveReviewItem(database.db, reviewer, decision(item.id));
    expect(await database.db.evidenceDocument.findFirstOrThrow()).toMatchObject({ actionId: kazActionId, attachedById: admin.id });
    expect(await getEvidenceDownload(database.db, null, proposed.sha256)).toMatchObject({ isPublic: true });
    expect((await kazPublicActions()).find((action) => action.id === kazActionId)!.documents).toMatchObject([{ sha256: proposed.sha256 }]);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "evidence.attach" } });
    expect(audit).toMatchObject({ actorName: reviewer.name, proposedByName: admin.name, isPublic: true });
    expect(await database.db.ledgerEntry.findFirstOrThrow({ orderBy: { sequence: "desc" } })).toMatchObject({ actorName: reviewer.name });
    expect((await database.snapshot()).revision).toBe(revision + 1);
  });

  it("a returned document is discarded with its file; a file a pending change still needs survives the cleanup", async () => {
    const proposed = await attachToKaz(admin);
    // The same file attached (directly) to a draft, then removed from it: the pending change keeps the file.
    const draft = await recordAction(database.db, reviewer, validActionInput("MEX", { status: "draft" }));
    await attachEvidence(database.db, reviewer, {
      recordType: "action",
      recordId: draft.id,
      kind: "letter",
      visibility: "restricted",
      document: pdf(),
    });
    const draftDocument = await database.db.evidenceDocument.findFirstOrThrow({ where: { actionId: draft.id } });
    expect(await detachEvidence(database.db, reviewer, { documentId: draftDocument.id, reason: "Wrong letter" })).toMatchObject({
      isPending: false,
    });
    expect(await database.db.evidenceFile.count({ where: { sha256: proposed.sha256 } })).toBe(1);

    const item = await onlyChange();
    await returnReviewItem(database.db, reviewer, { ...decision(item.id), comment: "This is the wrong page" });
    expect(await database.db.pendingChange.count()).toBe(0);
    expect(await database.db.evidenceFile.count()).toBe(0);
    expect(await database.db.evidenceContent.count()).toBe(0);
    expect(await listReturnedItems(database.db, admin)).toMatchObject([
      { changeKind: "evidence-attach", comment: "This is the wrong page" },
    ]);
  });

  it("removing a document and changing its visibility are proposed on a published record, and applied when approved", async () => {
    await changeReviewSetting(database.db, admin, {});
    const attached = await attachToKaz(reviewer);
    const noteVerbale = await attachToKaz(reviewer, { kind: "note_verbale", visibility: "restricted", document: pdf("NV", "nv.pdf") });
    await changeReviewSetting(database.db, admin, { requiresReview: "on" });
    const [signedPage, note] = await Promise.all(
      [attached, noteVerbale].map((document) => database.db.evidenceDocument.findFirstOrThrow({ where: { sha256: document.sha256 } })),
    );
    const publicBefore = await kazPublicActions();
    const { revision } = await database.snapshot();

    expect(
      await detachEvidence(database.db, admin, { documentId: signedPage!.id, reason: "Superseded by the certified copy" }),
    ).toMatchObject({
      isPending: true,
    });
    expect(
      await changeEvidenceVisibility(database.db, admin, { documentId: note!.id, visibility: "public", reason: "Cleared for publication" }),
    ).toMatchObject({ isPending: true });
    expect(await kazPublicActions()).toEqual(publicBefore);
    expect(await getEvidenceDownload(database.db, null, noteVerbale.sha256)).toBeNull();
    expect((await database.snapshot()).revision).toBe(revision);

    const items = (await listReviewQueue(database.db, reviewer)).filter((item) => item.type === "change");
    expect(items.map((item) => item.kind)).toEqual(["evidence-detach", "evidence-visibility"]);
    expect(items[1]!.diff).toContainEqual({ field: "evidenceVisibility", publicNow: "restricted", proposed: "public" });
    for (const item of items) await approveReviewItem(database.db, reviewer, decision(item.id));

    expect(await database.db.evidenceDocument.findUnique({ where: { id: signedPage!.id } })).toBeNull();
    expect(await database.db.evidenceFile.count({ where: { sha256: attached.sha256 } })).toBe(0);
    expect(await getEvidenceDownload(database.db, null, noteVerbale.sha256)).toMatchObject({ isPublic: true });
    const audits = await database.db.auditEntry.findMany({
      where: { action: { in: ["evidence.detach", "evidence.visibility"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toMatchObject([
      {
        action: "evidence.detach",
        actorName: reviewer.name,
        proposedByName: admin.name,
        reason: "Superseded by the certified copy",
        isPublic: true,
      },
      {
        action: "evidence.visibility",
        actorName: reviewer.name,
        proposedByName: admin.name,
        reason: "Cleared for publication",
        isPublic: true,
      },
    ]);
    expect((await database.snapshot()).revision).toBe(revision + 2);
  });

  it("undoing a batch that changed published records is proposed, and undone when another editor approves", async () => {
    const ceremony = await recordCeremony(database.db, admin, {
      date: "2018-09-28",
      place: "New York",
      "participant[]": ["Mexico"],
      "signerName[]": ["A. Minister"],
      "signerTitle[]": [""],
    });
    await approveReviewItem(database.db, reviewer, { subjectType: "batch", subjectId: ceremony.batchId, version: "1" });
    const mexico = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "mex" } } });
    const { revision } = await database.snapshot();

    expect(await undoChangeBatch(database.db, admin, { batchId: ceremony.batchId, reason: "Wrong ceremony" })).toMatchObject({
      isPending: true,
      undoBatchId: null,
    });
    expect(await database.db.participantAction.findUniqueOrThrow({ where: { id: mexico.id } })).toEqual(mexico);
    expect((await database.snapshot()).revision).toBe(revision);
    const item = await onlyChange();
    expect(item).toMatchObject({ kind: "batch-undo", reason: "Wrong ceremony", editorHref: `/editor/import/${ceremony.batchId}` });
    expect(item.rows).toMatchObject([{ participantName: "Mexico", outcome: "removal" }]);

    await approveReviewItem(database.db, reviewer, decision(item.id));
    expect(await database.db.participantAction.findUnique({ where: { id: mexico.id } })).toBeNull();
    expect(await database.db.changeBatch.findUniqueOrThrow({ where: { id: ceremony.batchId } })).toMatchObject({ status: "undone" });
    expect(await database.db.changeBatch.findFirstOrThrow({ where: { revertsBatchId: ceremony.batchId } })).toMatchObject({
      createdByName: admin.name,
      appliedByName: reviewer.name,
    });
    expect(await database.db.auditEntry.findFirstOrThrow({ where: { action: "signature.delete", entityId: mexico.id } })).toMatchObject({
      actorName: reviewer.name,
      proposedByName: admin.name,
      isPublic: true,
    });
  });

  it("drafts are not public: deleting one and attaching to it work at once while review is required", async () => {
    const draft = await recordAction(database.db, reviewer, validActionInput("MEX", { status: "draft" }));
    const attached = await attachEvidence(database.db, reviewer, {
      recordType: "action",
      recordId: draft.id,
      kind: "letter",
      visibility: "public",
      document: pdf(),
    });
    expect(attached.isPending).toBe(false);
    expect(await database.db.evidenceDocument.count({ where: { actionId: draft.id } })).toBe(1);
    expect(await deleteAction(database.db, admin, { id: draft.id, reason: "Entered in error" })).toMatchObject({ isPending: false });
    expect(await database.db.participantAction.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await database.db.pendingChange.count()).toBe(0);
  });

  it("with review off, each change to a published record applies at once", async () => {
    await changeReviewSetting(database.db, admin, {});
    const attached = await attachToKaz(admin);
    expect(attached.isPending).toBe(false);
    const document = await database.db.evidenceDocument.findFirstOrThrow();
    expect(
      await changeEvidenceVisibility(database.db, admin, { documentId: document.id, visibility: "restricted", reason: "Not cleared" }),
    ).toMatchObject({ isPending: false });
    expect(await detachEvidence(database.db, admin, { documentId: document.id, reason: "Wrong document" })).toMatchObject({
      isPending: false,
    });
    expect(await deleteAction(database.db, admin, { id: kazActionId, reason: "Entered in error" })).toMatchObject({ isPending: false });
    expect(await database.db.participantAction.findUnique({ where: { id: kazActionId } })).toBeNull();
    expect(await database.db.pendingChange.count()).toBe(0);
  });
});
