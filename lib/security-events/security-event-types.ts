// Every kind of security event, in one place: the log page's filter and labels read this list. Each is
// "<area>.<what>", and its label is messages/en/editor.json security.types.<area>.<what>.
export const SECURITY_EVENT_TYPES = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.backoff",
  "sign_in.rate_limited",
  "action.refused",
  "password.changed",
  "password.reset",
  "two_factor.enabled",
  "two_factor.disabled",
  "two_factor.recovery_codes_created",
  "two_factor.recovery_code_used",
] as const;

export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export function isSecurityEventType(value: unknown): value is SecurityEventType {
  return typeof value === "string" && (SECURITY_EVENT_TYPES as readonly string[]).includes(value);
}

/** Events older than this are deleted. */
export const SECURITY_EVENT_RETENTION_DAYS = 180;
