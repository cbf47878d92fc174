import { z } from "zod";
import { ActionKind, DatePrecision, ParticipantKind } from "@/generated/prisma/enums";
import { COMPARE_GROUPS } from "@/lib/compare/compare-days";
import { actionRecordSchema, instant, isoDay, ledgerItemSchema, partialDate, sha256Hex, statementRecordSchema } from "./schema";

// GET /api/v1/compare: the response's contract (the query's is lib/compare/compare-query.ts).

const dayCountsSchema = z
  .object({
    total: z.int().min(0),
    states: z.int().min(0),
    organizations: z.int().min(0),
    byGroup: z.object(
      Object.fromEntries(COMPARE_GROUPS.map((group) => [group, z.int().min(0)])) as Record<(typeof COMPARE_GROUPS)[number], z.ZodInt>,
    ),
  })
  .meta({ id: "DayCounts", description: "Signatories on that day; byGroup splits them by UN region, organisations apart" });

const comparedActionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(ParticipantKind),
    region: z.string().nullable(),
    action: z.enum(ActionKind),
    date: partialDate,
    datePrecision: z.enum(DatePrecision),
    url: z.string().meta({ format: "uri" }),
  })
  .meta({ id: "ComparedAction" });

const versionSchema = z.object({
  revision: z.int().min(0),
  ledgerHead: sha256Hex.nullable(),
  publishedAt: instant.nullable(),
});

export const daysComparisonSchema = z
  .object({
    mode: z.literal("days"),
    from: isoDay,
    to: isoDay,
    version: versionSchema.meta({ description: "The version of the record compared (the current one unless `revision` was given)" }),
    counts: z.object({ from: dayCountsSchema, to: dayCountsSchema }),
    joined: z.array(comparedActionSchema).meta({ description: "Signatures and accessions counting from a day after `from`, up to `to`" }),
    withdrew: z.array(comparedActionSchema).meta({ description: "Withdrawals counting from a day after `from`, up to `to`" }),
    generatedAt: instant,
  })
  .meta({ id: "DaysComparison" });

const comparedEntitySchema = z.object({
  entityType: z.enum(["action", "statement"]),
  entityId: z.string(),
  participant: z.string(),
  record: z.union([actionRecordSchema, statementRecordSchema]),
});

export const revisionsComparisonSchema = z
  .object({
    mode: z.literal("revisions"),
    from: versionSchema,
    to: versionSchema,
    added: z.array(comparedEntitySchema),
    removed: z.array(comparedEntitySchema),
    changed: z.array(
      comparedEntitySchema.extend({
        fields: z.array(z.object({ field: z.string(), then: z.unknown(), now: z.unknown() })),
      }),
    ),
    entries: z.array(ledgerItemSchema).meta({ description: "Every ledger entry after `from` up to `to`, oldest first" }),
    generatedAt: instant,
  })
  .meta({ id: "RevisionsComparison" });

export const compareDocumentSchema = z
  .discriminatedUnion("mode", [daysComparisonSchema, revisionsComparisonSchema])
  .meta({ id: "Comparison" });
export type CompareDocument = z.infer<typeof compareDocumentSchema>;
