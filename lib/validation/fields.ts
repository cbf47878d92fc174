import { z } from "zod";

// Field rules shared by every form schema: one wording for each kind of mistake.

/** Optional free text: trimmed, empty → null, bounded. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long: use at most ${max.toLocaleString("en")} characters` })
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (label: string, max: number) =>
  z
    .string({ message: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, { message: `Enter ${label.toLowerCase()}` })
    .max(max, { message: `${label} is too long: use at most ${max.toLocaleString("en")} characters` });

/** Optional web address: only http(s), so no `javascript:` or `data:` link can reach a page. */
export const optionalHttpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, { message: `${label} is too long: use at most 2,000 characters` })
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isHttpUrl(value), {
      message: `${label} must be a web address starting with http:// or https://`,
    });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** zod issues → one message per field (the first), keyed by the top-level field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
