import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";
import { requiredText } from "@/lib/validation/fields";

/** Why an administrator changed an account, kept in the audit log; optional. */
const optionalReason = z
  .string()
  .trim()
  .max(500, { message: messageKey("validation.fields.atMost", { max: 500 }) })
  .optional()
  .transform((value) => (value ? value : null));

/** Participant codes an editor may edit, typed as "kaz, tun" or "Kazakhstan — KAZ"; empty means all. */
const scopeField = z
  .string()
  .trim()
  .max(4000, { message: messageKey("validation.users.scopeTooLong") })
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/[,\n;]/)
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const createUserSchema = z.object({
  name: requiredText(messageKey("validation.labels.name"), 120, messageKey("validation.users.enterName")),
  email: z
    .string({ message: messageKey("validation.users.enterEmail") })
    .trim()
    .toLowerCase()
    .max(320, { message: messageKey("validation.users.emailTooLong") })
    .pipe(z.email({ message: messageKey("validation.users.emailInvalid") })),
  role: z.enum(UserRole, { message: messageKey("validation.users.chooseRole") }),
  scope: scopeField,
});

export const updateUserSchema = z.object({
  id: z.string().min(1).max(40),
  role: z.enum(UserRole, { message: messageKey("validation.users.chooseRole") }),
  scope: scopeField,
  isActive: z.enum(["true", "false"], { message: messageKey("validation.users.chooseActive") }).transform((value) => value === "true"),
  reason: optionalReason,
});

const typedPassword = (missing: string) =>
  z
    .string({ message: missing })
    .min(1, { message: missing })
    .max(1000, { message: messageKey("validation.users.passwordTooLong") });

/** The account page's password form. The new password's own rules (length, common, email) are in lib/auth/password-rules.ts. */
export const changePasswordSchema = z
  .object({
    currentPassword: typedPassword(messageKey("validation.users.enterCurrentPassword")),
    newPassword: typedPassword(messageKey("validation.users.enterNewPassword")),
    confirmPassword: z.string({ message: messageKey("validation.users.confirmPassword") }).max(1000),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: messageKey("validation.users.passwordsDiffer"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: messageKey("validation.users.passwordUnchanged"),
  });

/** Confirms it is really the account's owner before a change to two-factor sign-in. */
export const currentPasswordSchema = z.object({ currentPassword: typedPassword(messageKey("validation.users.enterCurrentPassword")) });

export const resetPasswordSchema = z.object({
  id: z.string().min(1).max(40),
  /** For someone who lost their authenticator app and their recovery codes. */
  removeTwoFactor: z
    .enum(["true"], { message: messageKey("validation.fields.tickOrEmpty") })
    .optional()
    .transform((value) => value === "true"),
  reason: optionalReason,
});
