import type { TwoFactorActions } from "@/components/editor/two-factor-section";
import { beginTwoFactorSetup, disableTwoFactor, finishTwoFactorSetup, renewRecoveryCodes } from "./actions";

/** The Server Actions behind the two-factor section, for the account page and the sign-in set-up step. */
export const twoFactorActions: TwoFactorActions = {
  start: beginTwoFactorSetup,
  confirm: finishTwoFactorSetup,
  renewRecoveryCodes,
  turnOff: disableTwoFactor,
};
