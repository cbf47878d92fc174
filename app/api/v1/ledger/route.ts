// GET /api/v1/ledger — the tamper-evident ledger of public changes, oldest first, paged (JSON)
import { parseQuery, preflight, publicGet } from "@/lib/api/http";
import { LEDGER_PAGE_SIZE, ledgerQuerySchema, type LedgerDocument } from "@/lib/api/schema";
import { db } from "@/lib/db";
import { getLedgerHead } from "@/lib/ledger/read-ledger";
import { listLedgerEntries } from "@/lib/ledger/read-ledger-entries";

export const GET = publicGet(async (_request, { url }) => {
  const query = parseQuery(ledgerQuerySchema, url.searchParams);
  const after = query.after ?? 0;
  const limit = query.limit ?? LEDGER_PAGE_SIZE.default;
  const head = await getLedgerHead(db);
  // Only entries up to the head read first: a page never runs ahead of the head it names.
  const items = await listLedgerEntries(db, { afterSequence: after, limit, upToSequence: head?.sequence ?? 0 });
  const last = items.at(-1);
  let next: string | null = null;
  if (last && head && last.sequence < head.sequence) {
    const nextUrl = new URLSearchParams({
      after: String(last.sequence),
      ...(query.limit === undefined ? {} : { limit: String(query.limit) }),
    });
    next = `${url.pathname}?${nextUrl}`;
  }
  const document: LedgerDocument = { head, generatedAt: new Date().toISOString(), count: items.length, items, next };
  return new Response(JSON.stringify(document), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      ...(head ? { "Ledger-Head": head.hash, "Record-Revision": String(head.revision) } : {}),
    },
  });
});

export const OPTIONS = preflight;
