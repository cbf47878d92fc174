import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { toTranslatedNames } from "./read-participant-reference";

/** Organisations with their names per language, for the administrators' names page. */
export async function listOrganisationNames(db: Database, actor: ActingUser | null) {
  requireAdmin(actor);
  const organisations = await db.participant.findMany({
    where: { kind: "organization" },
    orderBy: { name: "asc" },
    select: { code: true, name: true, translatedNames: { select: { locale: true, name: true } } },
  });
  return organisations.map(({ translatedNames, ...organisation }) => ({
    ...organisation,
    translatedNames: toTranslatedNames(translatedNames),
  }));
}
