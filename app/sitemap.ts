// GET /sitemap.xml — the public pages, one entry per participant and per commitment.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipantStatuses } from "@/lib/participants/list-participant-statuses";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // read per request from the cached record, never at build time
  const origin = siteOrigin();
  const instrument = await getInstrument(db);
  const participants = await listParticipantStatuses(db, instrument.id);
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}/signatories`, changeFrequency: "weekly", priority: 0.9 },
    { url: `${origin}/non-signatories`, changeFrequency: "weekly", priority: 0.8 },
    { url: `${origin}/code`, changeFrequency: "yearly", priority: 0.8 },
    ...instrument.commitments.map((c) => ({ url: `${origin}/code/commitments/${c.number}`, changeFrequency: "yearly" as const, priority: 0.5 })),
    ...participants.map((p) => ({
      url: `${origin}/signatories/${p.code}`,
      changeFrequency: "monthly" as const,
      priority: p.status === "not-signed" ? 0.3 : 0.6,
    })),
  ];
}
