// The errors next-auth passes from the credentials check back to the sign-in form (as `result.error`).
// Shared by the server (auth-options.ts) and the form, so both spell them the same way.
export const SIGN_IN_ERRORS = {
  /** Followed by the seconds to wait: "locked:4". */
  locked: "locked:",
  twoFactorRequired: "two-factor-required",
  twoFactorInvalid: "two-factor-invalid",
} as const;
