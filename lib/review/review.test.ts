import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { recordCeremony } from "@/lib/change-batches/record-ceremony";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { recordStatement } from "@/lib/statements/record-statement";
import { refusedInEnglish } from "@/tests/in-english";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { approveReviewItem } from "./approve-review-item";
import { changeReviewSetting } from "./change-review-setting";
import { listReturnedItems } from "./list-returned-items";
import { listReviewQueue } from "./list-review-queue";
import { returnReviewItem } from "./return-review-item";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const refusal = refusedInEnglish;

describe("four-eyes review (the seed's instrument requires a second reviewer)", () => {
  let database: Database;
  let author: ActingUser;
  let reviewer: ActingUser;

  beforeEach(async () => {
    database = await createSeededTestDatabase();
    author = await database.actingUser("editor", ["mex"]);
    reviewer = await database.actingUser("editor", ["mex"]);
  });
  afterEach(() => database.drop());

  const submit = () => recordAction(database.db, author, validActionInput("MEX", { status: "submitted" }));
  const decision = (id: string, version: number, type = "action") => ({ subjectType: type, subjectId: id, version: String(version) });

  it("refuses to publish directly, administrators included, with the message under Status, and writes nothing", async () => {
    const admin = await database.actingUser("admin");
    const before = await database.snapshot();
    for (const actor of [author, admin]) {
      expect(await refusal(recordAction(database.db, actor, validActionInput("MEX")))).toMatchObject({
        code: "validation",
        fieldErrors: { status: "A second editor must approve this record before it is public: choose Submitted for review" },
      });
      expect(
        await refusal(
          recordStatement(database.db, actor, {
            participant: "MEX",
            kind: "declaration",
            text: "T",
            commitments: ["7"],
            status: "published",
          }),
        ),
      ).toMatchObject({ code: "validation", fieldErrors: { status: expect.stringContaining("A second editor must approve") } });
    }
    expect(await database.snapshot()).toEqual(before);
  });

  it("publishes a submitted record only when another editor approves it; the history names both, the ledger the approver", async () => {
    const saved = await submit();
    const revision = (await database.snapshot()).revision;
    expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("submitted");
    expect((await database.snapshot()).revision).toBe(revision);
    const [item] = await listReviewQueue(database.db, reviewer);
    expect(item).toMatchObject({ type: "action", id: saved.id, isOwn: false, submittedByName: author.name });
    expect(item!.diff).toContainEqual({ field: "signerName", publicNow: null, proposed: "A. Signer" });
    expect((await listReviewQueue(database.db, author))[0]).toMatchObject({ isOwn: true });

    await approveReviewItem(database.db, reviewer, decision(saved.id, saved.version));
    const row = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ status: "published", updatedById: author.id });
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: saved.id, action: "signature.publish" } });
    expect(audit).toMatchObject({ actorName: reviewer.name, proposedByName: author.name, isPublic: true });
    const ledger = await database.db.ledgerEntry.findFirstOrThrow({ where: { entityId: saved.id } });
    expect(ledger).toMatchObject({ kind: "publication", actorName: reviewer.name });
    expect((await database.snapshot()).revision).toBe(revision + 1);
    expect(await listReviewQueue(database.db, reviewer)).toEqual([]);
  });

  it("keeps a correction beside the published record until it is approved, then applies it with its reason", async () => {
    const saved = await submit();
    await approveReviewItem(database.db, reviewer, decision(saved.id, saved.version));
    const published = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    const revision = (await database.snapshot()).revision;

    await correctAction(database.db, author, {
      ...validActionInput("MEX", { signerName: "B. Signer", status: "submitted" }),
      id: saved.id,
      version: String(published.version),
      reason: "The letter names another signer",
    });
    expect(await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } })).toEqual(published);
    expect((await database.snapshot()).revision).toBe(revision);
    const [item] = await listReviewQueue(database.db, reviewer);
    expect(item).toMatchObject({ type: "correction", reason: "The letter names another signer" });
    expect(item!.diff).toEqual([{ field: "signerName", publicNow: "A. Signer", proposed: "B. Signer" }]);

    await approveReviewItem(database.db, reviewer, decision(item!.id, item!.version, "correction"));
    expect(await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      signerName: "B. Signer",
      status: "published",
      version: published.version + 1,
    });
    const ledger = await database.db.ledgerEntry.findFirstOrThrow({ where: { entityId: saved.id }, orderBy: { sequence: "desc" } });
    expect(ledger).toMatchObject({ kind: "correction", reason: "The letter names another signer", actorName: reviewer.name });
    expect(await database.db.pendingCorrection.count()).toBe(0);
  });

  it("returns with a required comment: an empty one is refused under the field and nothing is written", async () => {
    const saved = await submit();
    const before = await database.snapshot();
    expect(await refusal(returnReviewItem(database.db, reviewer, { ...decision(saved.id, saved.version), comment: "  " }))).toMatchObject({
      code: "validation",
      fieldErrors: { comment: "Enter a comment: say what the author should change" },
    });
    expect(await database.snapshot()).toEqual(before);

    await returnReviewItem(database.db, reviewer, { ...decision(saved.id, saved.version), comment: "Check the date" });
    expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("draft");
    expect(await listReturnedItems(database.db, author)).toMatchObject([
      { comment: "Check the date", reviewerName: reviewer.name, href: `/editor/signatures/${saved.id}` },
    ]);
    expect((await database.snapshot()).revision).toBe(before.revision);

    const { version } = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    await correctAction(database.db, author, {
      ...validActionInput("MEX", { status: "submitted" }),
      id: saved.id,
      version: String(version),
    });
    expect(await listReturnedItems(database.db, author)).toEqual([]);
  });

  it("refuses a decision on a version the reviewer was not shown, and writes nothing", async () => {
    const saved = await submit();
    const before = await database.snapshot();
    expect(await refusal(approveReviewItem(database.db, reviewer, decision(saved.id, saved.version + 1)))).toMatchObject({
      code: "conflict",
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("reviews a ceremony as a batch: nothing is written until another editor approves all its rows", async () => {
    const result = await recordCeremony(database.db, author, {
      date: "2018-09-28",
      place: "New York",
      "participant[]": ["Mexico"],
      "signerName[]": ["A. Minister"],
      "signerTitle[]": [""],
    });
    expect(result.isSubmitted).toBe(true);
    expect(await database.db.participantAction.count({ where: { participant: { code: "mex" } } })).toBe(0);
    const [item] = await listReviewQueue(database.db, reviewer);
    expect(item).toMatchObject({ type: "batch", kind: "ceremony" });
    expect(item!.rows[0]!.diff).toContainEqual({ field: "signerName", label: "Signer name", publicNow: null, proposed: "A. Minister" });

    await approveReviewItem(database.db, reviewer, decision(result.batchId, 1, "batch"));
    expect(await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "mex" } } })).toMatchObject({
      status: "published",
      signerName: "A. Minister",
      createdById: author.id,
    });
    expect(await database.db.changeBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({
      status: "applied",
      appliedByName: reviewer.name,
    });
  });

  it("when an administrator turns the setting off, editors publish directly again", async () => {
    await changeReviewSetting(database.db, await database.actingUser("admin"), {});
    const saved = await recordAction(database.db, author, validActionInput("MEX"));
    expect((await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("published");
  });
});

describe("unauthorized access to every review action", () => {
  let database: Database;
  let author: ActingUser;
  let actionId: string;
  let version: number;

  beforeEach(async () => {
    database = await createSeededTestDatabase();
    author = await database.actingUser("editor", ["mex"]);
    ({ id: actionId, version } = await recordAction(database.db, author, validActionInput("MEX", { status: "submitted" })));
  });
  afterEach(() => database.drop());

  const decisions = {
    approveReviewItem: (actor: ActingUser | null) =>
      approveReviewItem(database.db, actor, { subjectType: "action", subjectId: actionId, version: String(version) }),
    returnReviewItem: (actor: ActingUser | null) =>
      returnReviewItem(database.db, actor, { subjectType: "action", subjectId: actionId, version: String(version), comment: "No" }),
  };

  for (const [name, run] of Object.entries(decisions)) {
    it(`${name}: refused to anonymous, the submitter (an administrator too), and an editor out of scope; nothing written`, async () => {
      const adminAuthor = await database.actingUser("admin");
      const before = await database.snapshot();
      expect(await refusal(run(null))).toMatchObject({ code: "unauthenticated", message: "Sign in to make changes." });
      expect(await refusal(run(author))).toMatchObject({
        code: "forbidden",
        message: "You were the last to change this record: another editor must review it.",
      });
      expect(await refusal(run(await database.actingUser("editor", ["kaz"])))).toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("Your account may not edit records of Mexico"),
      });
      expect(await database.snapshot()).toEqual({ ...before, users: expect.any(Array) });

      // An administrator who last changed a record may not approve it either.
      const { version: current } = await database.db.participantAction.findUniqueOrThrow({ where: { id: actionId } });
      await correctAction(database.db, adminAuthor, {
        ...validActionInput("MEX", { status: "submitted" }),
        id: actionId,
        version: String(current),
      });
      const afterAdminEdit = await database.snapshot();
      expect(
        await refusal(
          name === "approveReviewItem"
            ? approveReviewItem(database.db, adminAuthor, { subjectType: "action", subjectId: actionId, version: String(current + 1) })
            : returnReviewItem(database.db, adminAuthor, {
                subjectType: "action",
                subjectId: actionId,
                version: String(current + 1),
                comment: "No",
              }),
        ),
      ).toMatchObject({ code: "forbidden" });
      expect(await database.snapshot()).toEqual(afterAdminEdit);
    });
  }

  it("changeReviewSetting: refused to anonymous and to a plain editor; nothing written", async () => {
    const before = await database.snapshot();
    expect(await refusal(changeReviewSetting(database.db, null, {}))).toMatchObject({ code: "unauthenticated" });
    expect(await refusal(changeReviewSetting(database.db, author, {}))).toMatchObject({
      code: "forbidden",
      message: "Only an administrator can do this.",
    });
    expect(await database.snapshot()).toEqual(before);
  });
});
