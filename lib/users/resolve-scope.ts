import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** The participants an editor's scope names, or a field error naming the one that matches nothing. */
export async function resolveScope(db: Database, references: string[]) {
  const participants = [];
  for (const reference of references) {
    try {
      participants.push(await resolveParticipant(db, reference));
    } catch {
      throw new AppError("validation", CHECK_THE_FIELDS, {
        scope: messageKey("validation.users.scopeNoMatch", { text: reference.slice(0, 60) }),
      });
    }
  }
  return participants;
}

/** What the audit log keeps of an account: names, roles and scopes — never emails or password hashes. */
export function userSnapshot(user: { name: string; role: string; isActive: boolean }, scope: { code: string }[]) {
  return { name: user.name, role: user.role, isActive: user.isActive, scope: scope.map((p) => p.code) };
}
