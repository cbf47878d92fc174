// GET /api/v1/compare — two days (joined, withdrew, counts by region) or two revisions (added, removed, changed, entries) as JSON
import { invalidParameters, jsonBody, preflight, publicGet, revisionNotFound } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import type { CompareDocument } from "@/lib/api/compare-schema";
import { loadComparison } from "@/lib/compare/load-comparison";
import { parseCompareQuery } from "@/lib/compare/compare-query";
import { db } from "@/lib/db";

export const GET = publicGet(async (_request, { url }) => {
  const parsed = await parseCompareQuery(db, url.searchParams);
  if (!parsed.ok && parsed.notInLedger) throw revisionNotFound(Object.values(parsed.fields).join(" "));
  if (!parsed.ok) throw invalidParameters(parsed.fields);
  if (parsed.request.mode === "none") {
    throw invalidParameters({ from: "Give two days (from and to), or two revisions (fromRevision, and toRevision or leave it for now)" });
  }
  const comparison = await loadComparison(db, parsed.request);
  const generatedAt = new Date().toISOString();
  const document: CompareDocument =
    comparison.mode === "days"
      ? {
          mode: "days",
          from: comparison.result.from,
          to: comparison.result.to,
          version: {
            revision: comparison.version.revision,
            ledgerHead: comparison.version.ledgerHead,
            publishedAt: comparison.version.publishedAt,
          },
          counts: comparison.result.counts,
          joined: comparison.result.joined.map((action) => ({ ...action, url: participantPageUrl(action.code) })),
          withdrew: comparison.result.withdrew.map((action) => ({ ...action, url: participantPageUrl(action.code) })),
          generatedAt,
        }
      : {
          mode: "revisions",
          from: {
            revision: comparison.result.from.revision,
            ledgerHead: comparison.result.from.ledgerHead,
            publishedAt: comparison.result.from.publishedAt,
          },
          to: {
            revision: comparison.result.to.revision,
            ledgerHead: comparison.result.to.ledgerHead,
            publishedAt: comparison.result.to.publishedAt,
          },
          added: comparison.result.added,
          removed: comparison.result.removed,
          changed: comparison.result.changed,
          entries: comparison.result.entries,
          generatedAt,
        };
  return jsonBody(document);
});

export const OPTIONS = preflight;
