import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format-date";
import type { FormAction, RecoveryCodesState } from "@/lib/server-actions/form-state";
import type { TwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";
import { ConfirmTwoFactorForm } from "./confirm-two-factor-form";
import { RenewRecoveryCodesForm, TurnOffTwoFactorForm } from "./password-confirmed-forms";
import { StartTwoFactorForm } from "./start-two-factor-form";
import { TwoFactorQrCode } from "./two-factor-qr-code";

/**
 * Two-factor sign-in for the signed-in user: set-up (QR code, setup key, code), or its state and the
 * changes allowed. `next` is this page (set-up comes back to it); `continuePath` is where to go afterwards.
 */
/** The account's two-factor Server Actions, passed in by the page (components never import from app/). */
export type TwoFactorActions = {
  start: FormAction;
  confirm: FormAction<RecoveryCodesState>;
  renewRecoveryCodes: FormAction<RecoveryCodesState>;
  turnOff: FormAction;
};

export async function TwoFactorSection({
  status,
  next,
  continuePath,
  actions,
}: {
  status: TwoFactorStatus;
  next: string;
  continuePath: string;
  actions: TwoFactorActions;
}) {
  const t = await getTranslations("editor.account");
  if (status.enabledAt) {
    return (
      <div className="space-y-6">
        <p>
          {t("twoFactorOn", { date: formatDateTime(status.enabledAt, { day: "numeric", month: "short", year: "numeric" }) })}{" "}
          {t("recoveryCodesLeft", { count: status.recoveryCodesLeft })}
        </p>
        <RenewRecoveryCodesForm renewAction={actions.renewRecoveryCodes} />
        {status.isRequired ? (
          <p className="text-sm text-muted">{t("twoFactorRequired")}</p>
        ) : (
          <TurnOffTwoFactorForm turnOffAction={actions.turnOff} />
        )}
      </div>
    );
  }
  if (status.enrolment) {
    return (
      <div className="space-y-5">
        <p>{t("scanIntro")}</p>
        <TwoFactorQrCode otpauthUri={status.enrolment.otpauthUri} alt={t("qrAlt")} />
        <p>
          {t("setupKey")}:{" "}
          <code className="select-all rounded bg-white px-2 py-1 font-mono text-lg" data-testid="setup-key">
            {status.enrolment.setupKey}
          </code>
        </p>
        <ConfirmTwoFactorForm continuePath={continuePath} confirmAction={actions.confirm} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p>
        {t("twoFactorOff")} {status.isRequired ? t("twoFactorRequired") : null}
      </p>
      <p>{t("twoFactorExplained")}</p>
      <StartTwoFactorForm next={next} startAction={actions.start} />
    </div>
  );
}
