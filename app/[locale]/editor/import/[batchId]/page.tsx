import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplyImportForm } from "@/components/editor/apply-import-form";
import { BatchRowsTable } from "@/components/editor/batch-rows-table";
import { UndoBatchForm } from "@/components/editor/undo-batch-form";
import { PendingChangeNotice } from "@/components/review/pending-change-notice";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { getChangeBatch } from "@/lib/change-batches/get-change-batch";
import { listRecordPendingChanges } from "@/lib/review/list-record-pending-changes";
import { RecordPendingChanges } from "@/components/review/record-pending-changes";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { applyImportBatch, undoImportBatch } from "../actions";

// /editor/import/[batchId] — a batch: the import's preview (kept, so a reload or a second editor sees the
// same), then its application and undo; a ceremony's rows.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.import.batch"))("metaTitle") };
}

const utc = (date: Date) => `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;

export default async function BatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ batchId }, query, actor, t, ti, tn, format] = await Promise.all([
    params,
    searchParams,
    getActingUser(),
    getTranslations("editor.import.batch"),
    getTranslations("editor.import"),
    getTranslations("editor.nav"),
    getFormatter(),
  ]);
  let batch;
  try {
    batch = await getChangeBatch(db, actor, batchId);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const pendingChanges = await listRecordPendingChanges(db, actor, batch.id);
  const changing = batch.rows.filter((row) => row.outcome === "new" || row.outcome === "correction");
  const affected = [...new Map(changing.map((row) => [row.participant.code, row.participant.name])).entries()];
  const errorRows = batch.rows.filter((row) => row.outcome === "error").map((row) => row.rowNumber);
  const unchanged = batch.rows.filter((row) => row.outcome === "unchanged");
  const heading =
    batch.source === "import"
      ? t("heading", { fileName: batch.fileName ?? "" })
      : t(batch.source === "ceremony" ? "ceremonyHeading" : "undoHeading", { date: utc(batch.createdAt) });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight break-words">{heading}</h1>
      {query.applied && batch.status === "submitted" && (
        <FormStatus tone="success" message={t("submitted")}>
          <p className="mt-2">
            <Link href="/editor/review" className="underline">
              {tn("review")}
            </Link>
          </p>
        </FormStatus>
      )}
      {query.applied && batch.status === "applied" && (
        <FormStatus tone="success" message={t("applied", { count: changing.length })}>
          <AffectedPages affected={affected} label={t("affected")} listLabel={t("signatoryList")} />
        </FormStatus>
      )}
      {query.undone && <FormStatus tone="success" message={t("undone")} />}
      {query.proposed === "undo" && <PendingChangeNotice change="undo" />}
      <RecordPendingChanges changes={pendingChanges} />

      <ul className="space-y-1 text-sm">
        {batch.fileName && <li>{t("file", { fileName: batch.fileName })}</li>}
        {batch.fileSha256 && <li className="font-mono break-all">{t("sha256", { sha256: batch.fileSha256 })}</li>}
        <li>{t("createdBy", { name: batch.createdByName, time: utc(batch.createdAt) })}</li>
        {batch.appliedAt && <li>{t("appliedBy", { name: batch.appliedByName ?? "", time: utc(batch.appliedAt) })}</li>}
        <li>{t("status", { status: ti(`statuses.${batch.status}`) })}</li>
      </ul>

      <section aria-labelledby="totals" className="space-y-2">
        <h2 id="totals" className="text-xl font-semibold">
          {t("totals")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-lg font-medium tabular-nums" data-testid="import-totals">
          <li>{t("new", { count: batch.newCount })}</li>
          <li>{t("corrections", { count: batch.correctionCount })}</li>
          <li>{t("unchanged", { count: batch.unchangedCount })}</li>
          <li>{t("errors", { count: batch.errorCount })}</li>
        </ul>
      </section>

      {batch.status === "previewed" &&
        (errorRows.length > 0 ? (
          <FormStatus message={t("cannotApply", { count: errorRows.length, rows: format.list(errorRows.map(String)) })} />
        ) : changing.length === 0 ? (
          <FormStatus message={t("nothingToApply")} />
        ) : (
          <ApplyImportForm
            applyAction={applyImportBatch}
            batchId={batch.id}
            needsReason={batch.rows.some((row) => row.outcome === "correction" && row.wasPublished)}
          />
        ))}
      {batch.status === "applied" && !query.applied && affected.length > 0 && (
        <AffectedPages affected={affected} label={t("affected")} listLabel={t("signatoryList")} />
      )}
      {batch.status === "undone" && batch.revertedBy && (
        <p>
          <Link href={`/editor/import/${batch.revertedBy.id}`} className="underline">
            {t("undone")}
          </Link>{" "}
          {batch.revertedBy.reason}
        </p>
      )}
      {batch.status === "applied" && batch.source !== "undo" && actor?.role === "admin" && (
        <UndoBatchForm undoAction={undoImportBatch} batchId={batch.id} />
      )}

      <section aria-labelledby="rows" className="space-y-3">
        <h2 id="rows" className="text-xl font-semibold">
          {t("rows")}
        </h2>
        <BatchRowsTable rows={batch.rows.filter((row) => row.outcome !== "unchanged")} caption={t("rowsCaption")} />
        {unchanged.length > 0 && (
          <details>
            <summary className="cursor-pointer">{t("unchangedRows", { count: unchanged.length })}</summary>
            <BatchRowsTable rows={unchanged} caption={t("rowsCaption")} />
          </details>
        )}
      </section>
      <p>
        <Link href="/editor/import" className="underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}

function AffectedPages({ affected, label, listLabel }: { affected: [string, string][]; label: string; listLabel: string }) {
  return (
    <div className="mt-2 space-y-1">
      <p>{label}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href="/signatories" className="underline">
            {listLabel}
          </Link>
        </li>
        {affected.map(([code, name]) => (
          <li key={code}>
            <Link href={`/signatories/${code}`} className="underline">
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
