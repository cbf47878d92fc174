import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { approveReviewItem } from "@/lib/review/approve-review-item";
import { listReturnedItems } from "@/lib/review/list-returned-items";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { returnReviewItem } from "@/lib/review/return-review-item";
import { refusedInEnglish as refusal } from "@/tests/in-english";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { recordStatement } from "./record-statement";
import { updateDraftStatement } from "./update-draft-statement";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const FIRST_TEXT = "Mexico supports the Code's call for cooperation.";
const draftOf = (participant: string, overrides: Record<string, unknown> = {}) => ({
  participant,
  kind: "declaration",
  text: FIRST_TEXT,
  commitments: ["1"],
  status: "draft",
  ...overrides,
});

describe("editing an unpublished statement", () => {
  let database: Database;
  let author: ActingUser;
  let reviewer: ActingUser;
  afterEach(() => database.drop());

  /** The author's saved draft, and the form's fields for editing it from the version it has now. */
  async function savedDraft(overrides: Record<string, unknown> = {}) {
    const { id } = await recordStatement(database.db, author, draftOf("mex", overrides));
    const { version } = await database.db.statement.findUniqueOrThrow({ where: { id } });
    return { id, edit: (fields: Record<string, unknown>) => ({ ...draftOf("mex", overrides), id, version: String(version), ...fields }) };
  }

  describe("while review is required (the seed's setting)", () => {
    beforeEach(async () => {
      database = await createSeededTestDatabase();
      author = await database.actingUser("editor", ["mex"]);
      reviewer = await database.actingUser("editor", ["mex"]);
    });

    it("saves the edited draft as submitted, privately, and another editor can then publish it", async () => {
      const draft = await savedDraft();
      const { revision } = await database.db.recordRevision.findUniqueOrThrow({ where: { id: 1 } });
      const saved = await updateDraftStatement(
        database.db,
        author,
        draft.edit({ text: "Mexico supports commitments 1 and 3.", commitments: ["1", "3"], madeOn: "2019-03-01", status: "submitted" }),
      );

      const row = await database.db.statement.findUniqueOrThrow({
        where: { id: draft.id },
        include: { commitments: { orderBy: { number: "asc" }, select: { number: true } } },
      });
      expect(row).toMatchObject({ text: "Mexico supports commitments 1 and 3.", madeOn: "2019-03-01", status: "submitted", version: 2 });
      expect(row.commitments.map((c) => c.number)).toEqual([1, 3]);
      expect(saved).toEqual({ id: draft.id, participantCode: "mex", version: 2 });
      const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: draft.id }, orderBy: { createdAt: "desc" } });
      expect(audit).toMatchObject({ action: "statement.update", isPublic: false, actorName: author.name });
      expect((await database.db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision);

      const queue = await listReviewQueue(database.db, reviewer);
      expect(queue.find((item) => item.id === draft.id)).toMatchObject({ isOwn: false, version: 2 });
      await approveReviewItem(database.db, reviewer, { subjectType: "statement", subjectId: draft.id, version: "2" });
      expect(await database.db.statement.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "published" });
    });

    it("refuses to publish directly, with the message under Status, and writes nothing", async () => {
      const draft = await savedDraft();
      const before = await database.snapshot();
      expect(await refusal(updateDraftStatement(database.db, author, draft.edit({ status: "published" })))).toMatchObject({
        code: "validation",
        fieldErrors: { status: "A second editor must approve this record before it is public: choose Submitted for review" },
      });
      expect(await database.snapshot()).toEqual(before);
    });

    it("takes a returned statement off its author's dashboard once saved again, and sends it back for review", async () => {
      const draft = await savedDraft({ status: "submitted" });
      await returnReviewItem(database.db, reviewer, {
        subjectType: "statement",
        subjectId: draft.id,
        version: "1",
        comment: "Add the date",
      });
      expect(await listReturnedItems(database.db, author)).toEqual([
        expect.objectContaining({ comment: "Add the date", href: `/editor/statements/${draft.id}` }),
      ]);
      const { version } = await database.db.statement.findUniqueOrThrow({ where: { id: draft.id } });

      await updateDraftStatement(database.db, author, {
        ...draftOf("mex"),
        id: draft.id,
        version: String(version),
        madeOn: "2018-09-28",
        status: "submitted",
      });

      expect(await listReturnedItems(database.db, author)).toEqual([]);
      expect(await database.db.statement.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
        status: "submitted",
        madeOn: "2018-09-28",
      });
    });

    it("makes whoever edited it last the submitter: that editor cannot approve it, its first author can", async () => {
      const draft = await savedDraft();
      await updateDraftStatement(database.db, reviewer, draft.edit({ status: "submitted" }));
      expect(
        await refusal(approveReviewItem(database.db, reviewer, { subjectType: "statement", subjectId: draft.id, version: "2" })),
      ).toMatchObject({
        code: "forbidden",
        message: "You were the last to change this record: another editor must review it.",
      });
      await approveReviewItem(database.db, author, { subjectType: "statement", subjectId: draft.id, version: "2" });
      expect(await database.db.statement.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "published" });
    });

    it("refuses a save from an older version, saying it changed, and writes nothing", async () => {
      const draft = await savedDraft();
      await updateDraftStatement(database.db, reviewer, draft.edit({ text: "The other editor's wording." }));
      const before = await database.snapshot();
      expect(await refusal(updateDraftStatement(database.db, author, draft.edit({ text: "My wording." })))).toMatchObject({
        code: "conflict",
        message:
          "Someone else saved this statement after you opened it. Nothing was overwritten: reload the page to see their changes, then reapply yours.",
      });
      expect(await database.snapshot()).toEqual(before);
    });

    it("refuses anonymous callers, editors outside the participant, and moving it to a participant outside the editor's scope; nothing is written", async () => {
      const draft = await savedDraft();
      const outsider = await database.actingUser("editor", ["tun"]);
      const before = await database.snapshot();
      expect(await refusal(updateDraftStatement(database.db, null, draft.edit({ text: "Planted" })))).toMatchObject({
        code: "unauthenticated",
      });
      expect(await refusal(updateDraftStatement(database.db, outsider, draft.edit({ text: "Planted" })))).toMatchObject({
        code: "forbidden",
      });
      expect(await refusal(updateDraftStatement(database.db, outsider, draft.edit({ participant: "tun" })))).toMatchObject({
        code: "forbidden",
      });
      expect(await refusal(updateDraftStatement(database.db, author, draft.edit({ participant: "kaz" })))).toMatchObject({
        code: "forbidden",
      });
      expect(await database.snapshot()).toEqual(before);
    });

    it("checks every field as when it was added, and writes nothing", async () => {
      const draft = await savedDraft();
      const before = await database.snapshot();
      expect(await refusal(updateDraftStatement(database.db, author, draft.edit({ text: " ", commitments: [] })))).toMatchObject({
        code: "validation",
        fieldErrors: { text: "Enter the statement's text", commitments: "Tick at least one commitment the statement refers to" },
      });
      expect(await database.snapshot()).toEqual(before);
    });
  });

  describe("while review is off", () => {
    beforeEach(async () => {
      database = await createSeededTestDatabase({ requiresReview: false });
      author = await database.actingUser("editor", ["mex"]);
    });

    it("publishes the edited draft at once: the ledger records it and the record revision moves on", async () => {
      const draft = await savedDraft();
      const { revision } = await database.db.recordRevision.findUniqueOrThrow({ where: { id: 1 } });
      await updateDraftStatement(database.db, author, draft.edit({ text: "Mexico supports the Code.", status: "published" }));

      expect(await database.db.statement.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "published", version: 2 });
      expect((await database.db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision + 1);
      const ledger = await database.db.ledgerEntry.findMany({ where: { entityId: draft.id } });
      expect(ledger).toHaveLength(1);
      expect(ledger[0]).toMatchObject({ actorName: author.name });
      const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: draft.id, action: "statement.publish" } });
      expect(audit).toMatchObject({ isPublic: true });
    });

    it("refuses to edit a published statement, and writes nothing", async () => {
      const draft = await savedDraft({ status: "published" });
      const before = await database.snapshot();
      expect(await refusal(updateDraftStatement(database.db, author, draft.edit({ text: "Rewritten after publication" })))).toMatchObject({
        code: "conflict",
        message: "This statement is published: it can no longer be edited here.",
      });
      expect(await database.snapshot()).toEqual(before);
    });
  });
});
