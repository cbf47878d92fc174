import type { Statement } from "@/generated/prisma/client";
import { selectOf } from "@/lib/database/select-of";

/** What the public pages show of a statement, wherever it appears (a participant's page, a commitment's page). */
export const PUBLIC_STATEMENT_FIELDS = ["id", "kind", "text", "madeOn", "sourceUrl"] as const satisfies readonly (keyof Statement)[];

export type PublicStatement = Pick<Statement, (typeof PUBLIC_STATEMENT_FIELDS)[number]>;

export const PUBLIC_STATEMENT_SELECT = selectOf(PUBLIC_STATEMENT_FIELDS);
