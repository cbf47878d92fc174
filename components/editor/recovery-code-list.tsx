import { useTranslations } from "next-intl";

/** Freshly made recovery codes, shown this once. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const t = useTranslations("editor.account");
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="space-y-3 rounded border-s-4 border-green-700 bg-green-50 px-4 py-3 text-green-950"
    >
      <h2 id="recovery-codes-heading" className="text-lg font-semibold">
        {t("recoveryCodesHeading")}
      </h2>
      <p>{t("recoveryCodesIntro")}</p>
      <ol className="grid max-w-md grid-cols-2 gap-x-8 gap-y-1 font-mono text-lg" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
