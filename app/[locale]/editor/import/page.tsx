import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ImportUploadForm } from "@/components/editor/import-upload-form";
import { requireUser } from "@/lib/auth/acting-user";
import { getActingUser } from "@/lib/auth/session";
import { listChangeBatches } from "@/lib/change-batches/list-change-batches";
import { db } from "@/lib/db";
import { TEMPLATE_COLUMNS } from "@/lib/imports/import-columns";
import { IMPORT_LIMIT_WORDS, MAX_FILE_BYTES } from "@/lib/imports/import-limits";
import { previewImportFile } from "./actions";

// /editor/import — upload a CSV or XLSX for a preview; the latest imports and ceremonies below.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.import"))("metaTitle") };
}

export default async function ImportPage() {
  const [actor, t] = await Promise.all([getActingUser(), getTranslations("editor.import")]);
  const batches = await listChangeBatches(db, requireUser(actor));
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p>{t("intro")}</p>
        <p>
          <a href="/editor/import/template.csv" download className="font-medium underline">
            {t("template")}
          </a>
        </p>
        <p className="text-sm text-muted">{t("templateHelp", { columns: TEMPLATE_COLUMNS.join(", ") })}</p>
        <p className="text-sm text-muted">{t("accepts", { size: IMPORT_LIMIT_WORDS.fileSize, rows: IMPORT_LIMIT_WORDS.rows })}</p>
      </div>
      <ImportUploadForm previewAction={previewImportFile} maxBytes={MAX_FILE_BYTES} />
      <section aria-labelledby="recent-batches" className="space-y-2">
        <h2 id="recent-batches" className="text-xl font-semibold">
          {t("recent")}
        </h2>
        {batches.length === 0 ? (
          <p className="text-muted">{t("noRecent")}</p>
        ) : (
          <ul className="space-y-1">
            {batches.map((batch) => (
              <li key={batch.id}>
                <Link href={`/editor/import/${batch.id}`} className="underline">
                  {batch.fileName ??
                    t("batchLabel", {
                      source: t(`sources.${batch.source}`),
                      date: batch.createdAt.toISOString().slice(0, 10),
                      name: batch.createdByName,
                    })}
                </Link>{" "}
                <span className="text-sm text-muted">
                  · {t(`statuses.${batch.status}`)} · {batch.createdByName}, {batch.createdAt.toISOString().replace("T", " ").slice(0, 16)}{" "}
                  UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
