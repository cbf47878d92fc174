import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";

/** Why an administrator changed an account, kept in the audit log; optional. */
const optionalReason = z
  .string()
  .trim()
  .max(500, { message: "Use at most 500 characters" })
  .optional()
  .transform((value) => (value ? value : null));

/** Participant codes an editor may edit, typed as "kaz, tun" or "Kazakhstan — KAZ"; empty means all. */
const scopeField = z
  .string()
  .trim()
  .max(4000, { message: "The list is too long" })
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/[,\n;]/)
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const createUserSchema = z.object({
  name: requiredText("Name", 120),
  email: z
    .string({ message: "Enter an email address" })
    .trim()
    .toLowerCase()
    .max(320, { message: "The email address is too long" })
    .pipe(z.email({ message: "Enter an email address like name@example.org" })),
  role: z.enum(UserRole, { message: "Choose admin or editor" }),
  scope: scopeField,
});

export const updateUserSchema = z.object({
  id: z.string().min(1).max(40),
  role: z.enum(UserRole, { message: "Choose admin or editor" }),
  scope: scopeField,
  isActive: z.enum(["true", "false"], { message: "Choose active or deactivated" }).transform((value) => value === "true"),
  reason: optionalReason,
});

const typedPassword = (missing: string) =>
  z.string({ message: missing }).min(1, { message: missing }).max(1000, { message: "That is too long for a password" });

/** The account page's password form. The new password's own rules (length, common, email) are in lib/auth/password-rules.ts. */
export const changePasswordSchema = z
  .object({
    currentPassword: typedPassword("Enter your current password"),
    newPassword: typedPassword("Enter a new password"),
    confirmPassword: z.string({ message: "Type the new password again" }).max(1000),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ: type the same password in both fields",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one",
  });

/** Confirms it is really the account's owner before a change to two-factor sign-in. */
export const currentPasswordSchema = z.object({ currentPassword: typedPassword("Enter your current password") });

export const resetPasswordSchema = z.object({
  id: z.string().min(1).max(40),
  /** For someone who lost their authenticator app and their recovery codes. */
  removeTwoFactor: z
    .enum(["true"], { message: "Tick the box or leave it empty" })
    .optional()
    .transform((value) => value === "true"),
  reason: optionalReason,
});
