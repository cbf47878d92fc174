import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { createUserSchema, updateUserSchema } from "./schema";

// User management: administrators only. Audit entries record names, roles and scopes — never emails
// or password hashes.

async function resolveScope(db: Database, references: string[]) {
  const participants = [];
  for (const reference of references) {
    try {
      participants.push(await resolveParticipant(db, reference));
    } catch {
      throw new AppError("validation", "Check the highlighted fields.", {
        scope: `No state or organisation matches “${reference.slice(0, 60)}”: use ISO codes such as kaz, separated by commas`,
      });
    }
  }
  return participants;
}

function userSnapshot(user: { name: string; role: string; isActive: boolean }, scope: { code: string }[]) {
  return { name: user.name, role: user.role, isActive: user.isActive, scope: scope.map((p) => p.code) };
}

export async function createUser(db: Database, actor: ActingUser | null, raw: unknown) {
  const admin = requireAdmin(actor);
  const parsed = createUserSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "Check the highlighted fields.", { email: "An account with this email address already exists" });
  }
  const scope = input.role === "editor" ? await resolveScope(db, input.scope) : [];
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);

  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        editableParticipants: { connect: scope.map((p) => ({ id: p.id })) },
      },
      select: { id: true, name: true, role: true, isActive: true },
    });
    await writeAuditEntry(tx, { actor: admin, action: "user.create", entityType: "user", entityId: created.id, after: userSnapshot(created, scope) });
    return created;
  });
  // Shown once to the administrator, to pass on; only the hash is stored.
  return { id: user.id, temporaryPassword };
}

async function countOtherActiveAdmins(tx: Transaction, userId: string) {
  return tx.user.count({ where: { role: "admin", isActive: true, id: { not: userId } } });
}

export async function updateUser(db: Database, actor: ActingUser | null, raw: unknown) {
  const admin = requireAdmin(actor);
  const parsed = updateUserSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const scope = input.role === "editor" ? await resolveScope(db, input.scope) : [];

  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { id: input.id },
      select: { id: true, name: true, role: true, isActive: true, editableParticipants: { select: { id: true, code: true } } },
    });
    if (!existing) throw new AppError("not_found", "This account no longer exists.");
    const losesAdmin = existing.role === "admin" && existing.isActive && (input.role !== "admin" || !input.isActive);
    if (losesAdmin && (await countOtherActiveAdmins(tx, existing.id)) === 0) {
      throw new AppError("conflict", "This is the last active administrator: make another account admin first.", {
        role: "The last active administrator must stay an active admin",
      });
    }
    const updated = await tx.user.update({
      where: { id: existing.id },
      data: {
        role: input.role,
        isActive: input.isActive,
        editableParticipants: { set: scope.map((p) => ({ id: p.id })) },
        // Open sessions of this user end at their next request.
        sessionVersion: { increment: 1 },
      },
      select: { id: true, name: true, role: true, isActive: true },
    });
    await writeAuditEntry(tx, {
      actor: admin,
      action: existing.isActive && !input.isActive ? "user.deactivate" : "user.update",
      entityType: "user",
      entityId: existing.id,
      before: userSnapshot(existing, existing.editableParticipants),
      after: userSnapshot(updated, scope),
      reason: input.reason,
    });
  });
}

/** Accounts for the admin page: no password hashes, ever. */
export async function listUsers(db: Database, actor: ActingUser | null) {
  requireAdmin(actor);
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      createdAt: true,
      editableParticipants: { orderBy: { name: "asc" }, select: { code: true, name: true } },
    },
  });
}
