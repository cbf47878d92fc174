import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvidenceSection } from "@/components/editor/evidence-section";
import { StatementCard } from "@/components/public/statement-card";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listRecordEvidence } from "@/lib/evidence/list-record-evidence";
import { listRecordPendingChanges } from "@/lib/review/list-record-pending-changes";
import { RecordPendingChanges } from "@/components/review/record-pending-changes";
import { getStatementForEditing } from "@/lib/statements/get-statement-for-editing";
import { attachEvidenceDocument, changeEvidenceDocumentVisibility, detachEvidenceDocument } from "../../evidence/actions";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

// /editor/statements/[id] — one statement as saved, and its evidence documents.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.evidence.statementPage"))("metaTitle") };
}

export default async function StatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ id }, query, actor, t, tStatement, format] = await Promise.all([
    params,
    searchParams,
    getActingUser(),
    getTranslations("editor.evidence.statementPage"),
    getTranslations("editor.statement"),
    getFormatter(),
  ]);
  let statement;
  try {
    statement = await getStatementForEditing(db, actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const [evidence, pendingChanges] = await Promise.all([
    listRecordEvidence(db, actor, "statement", statement.id),
    listRecordPendingChanges(db, actor, statement.id),
  ]);
  const { participant } = statement;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading", { participant: participant.name })}</h1>
      {query.saved && <FormStatus tone="success" message={tStatement("saved")} />}
      <p>
        <Link href={`/signatories/${participant.code}`} className="underline">
          {t("viewPublic", { participant: participant.name })}
        </Link>
      </p>
      <p className="text-sm text-muted">{t("status", { status: t(`statuses.${statement.status}`) })}</p>
      <RecordPendingChanges changes={pendingChanges} />
      <ul>
        <StatementCard statement={statement}>
          <p className="mt-2 text-muted">
            {t("commitments", { numbers: format.list(statement.commitments.map((commitment) => String(commitment.number))) })}
          </p>
        </StatementCard>
      </ul>
      <EvidenceSection
        evidence={evidence}
        actions={{ attach: attachEvidenceDocument, changeVisibility: changeEvidenceDocumentVisibility, detach: detachEvidenceDocument }}
        notice={query.evidence === "changed" || query.evidence === "removed" ? query.evidence : undefined}
        proposed={query.proposed === "detach" || query.proposed === "visibility" ? query.proposed : undefined}
      />
    </div>
  );
}
