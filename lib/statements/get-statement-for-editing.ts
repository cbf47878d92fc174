import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PUBLIC_STATEMENT_SELECT } from "./public-statement";

/** One statement, as its editing page shows it, for an editor whose scope covers its participant. */
export async function getStatementForEditing(db: Database, actor: ActingUser | null, id: string) {
  const user = requireUser(actor);
  const statement = await db.statement.findUnique({
    where: { id },
    select: {
      ...PUBLIC_STATEMENT_SELECT,
      status: true,
      version: true,
      commitments: { orderBy: { number: "asc" }, select: { number: true } },
      participant: { select: { id: true, code: true, name: true, iso3: true } },
    },
  });
  if (!statement) throw new AppError("not_found", messageKey("validation.statements.notFound"));
  requireParticipantScope(user, statement.participant.id, statement.participant.name);
  return statement;
}
