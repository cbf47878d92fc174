import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSignatureForm } from "@/components/editor/delete-signature-form";
import { participantLabel } from "@/components/editor/participant-input";
import { SignatureForm } from "@/components/editor/signature-form";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { getSignatureForEditing } from "@/lib/signatures/get-signature-for-editing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.signature"))("editMetaTitle") };
}

export default async function EditSignaturePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ id }, query, actor, t] = await Promise.all([params, searchParams, getActingUser(), getTranslations("editor.signature")]);
  let signature;
  try {
    signature = await getSignatureForEditing(db, actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return <FormStatus message={error.message} />;
    throw error;
  }
  const participants = await listEditableParticipants(db, actor!);
  const { participant } = signature;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("editTitle", { participant: participant.name })}</h1>
      {query.saved && (
        <FormStatus tone="success" message={t("saved")}>
          <p className="mt-2">
            <Link href={`/signatories/${participant.code}`} className="underline">
              {t("viewPublic", { participant: participant.name })}
            </Link>
          </p>
        </FormStatus>
      )}
      <p className="text-sm text-muted">{t("version", { version: signature.version, time: signature.updatedAt.toUTCString() })}</p>
      <SignatureForm
        participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
        signatureId={signature.id}
        version={signature.version}
        isPublished={signature.status === "published"}
        initial={{
          participant: participantLabel(participant),
          action: signature.action,
          datePrecision: signature.datePrecision,
          date: signature.date ?? "",
          place: signature.place ?? "",
          signerName: signature.signerName ?? "",
          signerTitle: signature.signerTitle ?? "",
          evidenceUrl: signature.evidenceUrl ?? "",
          documentSymbol: signature.documentSymbol ?? "",
          evidenceDescription: signature.evidenceDescription ?? "",
          verification: signature.verification,
          notes: signature.notes ?? "",
          status: signature.status,
          reason: "",
        }}
      />
      {signature.action !== "withdrawal" && (
        <p>
          <Link href={`/editor/signatures/new?participant=${participant.code}&action=withdrawal`} className="underline">
            {t("recordWithdrawal", { participant: participant.name })}
          </Link>
        </p>
      )}
      {actor?.role === "admin" && <DeleteSignatureForm signatureId={signature.id} />}
    </div>
  );
}
