import { changesDocumentSchema, commitmentsDocumentSchema, participantDetailSchema, participantsDocumentSchema } from "@/lib/api/schema";
import { expect, test } from "./fixtures";
import { clearParticipant, correctAction, publishSignature, touchRecord, uniqueMarker } from "./open-data-data";

const PUBLIC_GETS = [
  "/api/v1/signatories",
  "/api/v1/signatories?format=csv",
  "/api/v1/participants",
  "/api/v1/participants/kaz",
  "/api/v1/commitments",
  "/api/v1/changes",
  "/api/v1/openapi.json",
  "/feed.xml",
];

type ErrorBody = { error: { code: string; message: string; fields: Record<string, string> } };

/** The parts of the OpenAPI document these tests read. */
type OpenApiDocument = {
  openapi: string;
  info: { title: string };
  paths: Record<string, { get?: { responses: Record<string, unknown>; parameters?: { name: string }[] } }>;
  components: { schemas: Record<string, { required?: string[]; properties?: { error?: { required?: string[] } } }> };
};

test.describe("open API", () => {
  test.afterAll(async ({ db }) => {
    for (const code of ["per", "gha", "nzl", "arg"] as const) await clearParticipant(db, code);
  });

  test("bad parameters answer 400 naming each field, in one shape, without internals", async ({ request }) => {
    const cases: [string, string[]][] = [
      ["/api/v1/signatories?year=18", ["year"]],
      ["/api/v1/signatories?region=Atlantis&asOf=2019-13-01&sort=size", ["region", "asOf", "sort"]],
      ["/api/v1/signatories?format=docx", ["format"]],
      ["/api/v1/signatories?format=json&download=yes&kind=planet", ["download", "kind"]],
      ["/api/v1/participants?status=maybe", ["status"]],
      ["/api/v1/changes?since=yesterday&limit=0", ["since", "limit"]],
      ["/api/v1/changes?cursor=not-a-cursor", ["cursor"]],
      ["/api/v1/participants/NOT%20A%20CODE", ["code"]],
    ];
    for (const [url, fields] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const body = (await response.json()) as ErrorBody;
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error.code).toBe("invalid_parameters");
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(Object.keys(body.error.fields).sort(), url).toEqual([...fields].sort());
      for (const message of Object.values(body.error.fields)) expect(message).toMatch(/\w{3,}/);
      expect(JSON.stringify(body)).not.toMatch(/ZodError|at .*\.(ts|js):\d+|prisma/i);
    }
    const single = (await (await request.get("/api/v1/signatories?year=18")).json()) as ErrorBody;
    expect(single.error.fields.year).toBe("Write the year with four digits, e.g. 2018");
    expect(single.error.message).toContain("year");
  });

  test("an unknown participant answers 404 in the same shape", async ({ request }) => {
    const response = await request.get("/api/v1/participants/zzz");
    expect(response.status()).toBe(404);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("zzz");
    expect(body.error.fields).toEqual({ code: "Unknown participant code" });
  });

  test("every public GET sends CORS and an ETag, answers 304 to it, and changes it when the record changes", async ({ request, db }) => {
    for (const url of PUBLIC_GETS) {
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      expect(first.headers()["access-control-allow-origin"], url).toBe("*");
      const etag = first.headers()["etag"];
      expect(etag, url).toMatch(/^W\/"r\d+-[\w-]+"$/);
      const again = await request.get(url, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status(), url).toBe(304);
      expect(await again.body()).toHaveLength(0);
      expect(again.headers()["etag"]).toBe(etag);
      expect(again.headers()["access-control-allow-origin"]).toBe("*");
      const listed = await request.get(url, { headers: { "If-None-Match": `"other", ${etag}` } });
      expect(listed.status(), url).toBe(304);
      const stale = await request.get(url, { headers: { "If-None-Match": 'W/"r0-stale"' } });
      expect(stale.status(), url).toBe(200);
    }
    const [a, b] = await Promise.all([request.get("/api/v1/signatories?region=Asia"), request.get("/api/v1/signatories?region=Europe")]);
    expect(a.headers()["etag"]).not.toBe(b.headers()["etag"]);

    const before = (await request.get("/api/v1/signatories")).headers()["etag"];
    await touchRecord(db);
    const after = await request.get("/api/v1/signatories", { headers: { "If-None-Match": before ?? "" } });
    expect(after.status()).toBe(200);
    expect(after.headers()["etag"]).not.toBe(before);

    const preflight = await request.fetch("/api/v1/signatories", { method: "OPTIONS" });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-headers"]).toContain("If-None-Match");
  });

  test("participants: all of them with status, filters, and one participant with its actions and public history", async ({
    request,
    db,
  }) => {
    const reason = uniqueMarker("nzl-reason");
    const { signatureId } = await publishSignature(db, "nzl", {
      date: "2019",
      datePrecision: "year",
      verification: "depositary",
      place: "Wellington",
    });
    await correctAction(db, "nzl", signatureId, { place: "New York", reason });

    const list = participantsDocumentSchema.parse(await (await request.get("/api/v1/participants")).json());
    expect(list.count).toBe(await db.participant.count());
    const nzl = list.items.find((item) => item.code === "nzl");
    expect(nzl).toMatchObject({
      name: "New Zealand",
      kind: "state",
      status: "signed",
      actions: [{ action: "signature", date: "2019", datePrecision: "year" }],
    });
    expect(nzl?.url).toMatch(/\/signatories\/nzl$/);

    const signed = participantsDocumentSchema.parse(await (await request.get("/api/v1/participants?status=signed&kind=state")).json());
    expect(signed.items.length).toBeGreaterThan(0);
    expect(signed.items.every((item) => item.status === "signed" && item.kind === "state")).toBe(true);

    const detailResponse = await request.get("/api/v1/participants/nzl");
    const detailText = await detailResponse.text();
    const detail = participantDetailSchema.parse(JSON.parse(detailText));
    expect(detail.participant).toMatchObject({ code: "nzl", iso3: "NZL", name: "New Zealand" });
    expect(detail.status).toBe("signed");
    expect(detail.actions).toEqual([
      expect.objectContaining({ action: "signature", date: "2019", place: "New York", verification: "depositary" }),
    ]);
    expect(detail.history[0]).toMatchObject({ action: "signature.update", reason, changedFields: ["place"] });
    expect(detail.history[1]).toMatchObject({ action: "signature.create" });
    // The body as sent, not as parsed: the schema would drop a field that should not be there.
    expect(detailText).not.toContain(signatureId);
    expect(detailText).not.toMatch(/"(id|actorId|createdById|updatedById|email|participantId)"/);
  });

  test("changes: newest first, since, and cursor pages that cover everything exactly once", async ({ request, db }) => {
    const since = new Date(Date.now() - 1000);
    const { signatureId } = await publishSignature(db, "per", { place: "Lima" }, { at: new Date(since.getTime() + 100) });
    const [firstReason, secondReason] = [uniqueMarker("per-1"), uniqueMarker("per-2")];
    await correctAction(db, "per", signatureId, { place: "Lima, Peru", reason: firstReason, at: new Date(since.getTime() + 200) });
    await correctAction(db, "per", signatureId, { place: "New York", reason: secondReason, at: new Date(since.getTime() + 300) });

    const seen: { id: string; at: string; reason: string | null; participant: { code: string } | null }[] = [];
    let next: string | null = `/api/v1/changes?since=${encodeURIComponent(since.toISOString())}&limit=1`;
    let pages = 0;
    let bodies = "";
    while (next && pages < 50) {
      const body = await (await request.get(next)).text();
      bodies += body;
      const page = changesDocumentSchema.parse(JSON.parse(body));
      expect(page.count).toBeLessThanOrEqual(1);
      seen.push(...page.items);
      next = page.next;
      if (next) expect(page.nextCursor).toBeTruthy();
      pages++;
    }
    const ours = seen.filter((change) => change.participant?.code === "per");
    expect(ours.map((change) => change.reason)).toEqual([secondReason, firstReason, null]);
    expect(new Set(seen.map((change) => change.id)).size).toBe(seen.length);
    const times = seen.map((change) => change.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(times.every((time) => time >= since.toISOString())).toBe(true);
    expect(bodies).not.toMatch(/"(actorId|email)"/);

    const later = changesDocumentSchema.parse(
      await (await request.get(`/api/v1/changes?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).json(),
    );
    expect(later).toMatchObject({ count: 0, items: [], nextCursor: null, next: null });
  });

  test("the Atom feed lists new signatures and corrections linking to the participant page", async ({ request, db }) => {
    const reason = uniqueMarker("gha-correction");
    const { signatureId } = await publishSignature(db, "gha", { action: "accession", date: "2020-02-02" });
    await correctAction(db, "gha", signatureId, { place: "Accra", reason });

    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(xml).toMatch(/<title[^>]*>[^<]+<\/title>/);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry = ""]) => entry);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(entry).toMatch(/<title[^>]*>[\s\S]+?<\/title>/);
      expect(entry).toMatch(/<updated>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/updated>/);
      expect(entry).toMatch(/<link [^>]*href="[^"]+\/signatories(\/[a-z0-9-]+)?"/);
      expect(entry).toMatch(/<id>[^<]+<\/id>/);
    }
    const correction = entries.find((entry) => entry.includes(reason));
    expect(correction).toContain("Ghana: accession corrected");
    expect(correction).toMatch(/<link [^>]*href="http:\/\/localhost:\d+\/signatories\/gha"/);
    expect(entries.some((entry) => entry.includes("Ghana: accession recorded"))).toBe(true);
  });

  test("the OpenAPI document is 3.1, lists every endpoint and all its references resolve", async ({ request }) => {
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBeTruthy();
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/api/v1/changes",
        "/api/v1/commitments",
        "/api/v1/compare",
        "/api/v1/datapackage.zip",
        "/api/v1/ledger",
        "/api/v1/participants",
        "/api/v1/participants/{code}",
        "/api/v1/signatories",
      ].sort(),
    );
    for (const [path, item] of Object.entries(document.paths)) {
      expect(item.get?.responses["200"], path).toBeTruthy();
    }
    const parameters = (document.paths["/api/v1/signatories"]?.get?.parameters ?? []).map((parameter) => parameter.name);
    expect(parameters.sort()).toEqual(
      ["action", "asOf", "download", "format", "kind", "lang", "order", "q", "region", "revision", "sort", "year"].sort(),
    );
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(([, ref = ""]) => ref);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(document.components.schemas[ref], ref).toBeTruthy();
    expect(document.components.schemas.SignatoryItem?.required).toHaveLength(16);
    expect(document.components.schemas.Error?.properties?.error?.required).toEqual(["code", "message", "fields"]);
  });

  test("commitments: the ten commitments in order", async ({ request }) => {
    const body = commitmentsDocumentSchema.parse(await (await request.get("/api/v1/commitments")).json());
    expect(body.count).toBe(10);
    expect(body.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(body.items[7]?.points.length).toBeGreaterThan(0);
  });

  test("the /api page documents every endpoint with examples", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data and API");
    for (const path of [
      "/api/v1/signatories",
      "/api/v1/participants",
      "/api/v1/participants/{code}",
      "/api/v1/commitments",
      "/api/v1/changes",
      "/api/v1/openapi.json",
      "/feed.xml",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    }
    await expect(page.getByText("curl -OJ", { exact: false }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
