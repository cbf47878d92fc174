import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EvidenceDocuments } from "@/components/public/evidence-documents";
import { PrintCitation } from "@/components/public/print-citation";
import { StatementCard } from "@/components/public/statement-card";
import { StatusLabel } from "@/components/public/status-label";
import { VerificationBadge } from "@/components/public/verification-badge";
import { Instant, PartialDate } from "@/components/ui/partial-date";
import { CiteThisVersion } from "@/components/public/cite-this-version";
import { VersionNotice } from "@/components/public/version-notice";
import { siteOrigin } from "@/lib/env";
import { firstQueryValues, type SearchParams } from "@/lib/http/first-query-values";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { getParticipantRecordAtRevision } from "@/lib/ledger/published-at-revision";
import { resolveRevision } from "@/lib/ledger/revision-parameter";
import { db } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getParticipantRecord } from "@/lib/participants/get-participant-record";
import { getParticipantNamer } from "@/lib/participants/participant-namer";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { Ltr, withLtrValue } from "@/components/ui/ltr";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

const CODE_PATTERN = /^[a-z0-9-]{2,64}$/;

async function loadRecord(rawCode: string, revision?: number) {
  const code = decodeURIComponent(rawCode);
  if (code !== code.toLowerCase()) permanentRedirect(`/signatories/${encodeURIComponent(code.toLowerCase())}`);
  if (!CODE_PATTERN.test(code)) notFound();
  const instrument = await getInstrument(db);
  const record =
    revision === undefined ? await getParticipantRecord(db, code, instrument.id) : await getParticipantRecordAtRevision(db, code, revision);
  if (!record) notFound();
  const { nameOf } = await getParticipantNamer(db, await getLocale());
  return { ...record, participant: { ...record.participant, name: nameOf(record.participant) } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { code } = await params;
  const record = await loadRecord(code);
  const t = await getTranslations("public.participant");
  const tStatus = await getTranslations("public.status");
  return pageMetadata({
    title: record.participant.name,
    description: t("metaDescription", { name: record.participant.name, status: tStatus(record.status) }),
    path: `/signatories/${record.participant.code}`,
    feed: `/signatories/${record.participant.code}/feed.xml`,
  });
}

export default async function ParticipantPage({ params, searchParams }: Props) {
  await connection();
  const { code } = await params;
  const revision = await resolveRevision(db, firstQueryValues(await searchParams).revision);
  const pinned = revision.ok ? revision.revision : undefined;
  const { participant, status, actions, statements, history } = await loadRecord(code, pinned);
  const version = await getRecordVersion(db, pinned);
  if (!revision.ok) {
    // Never the present in place of the version asked for: a citation must not silently resolve to other data.
    return (
      <article className="space-y-6">
        <h1 className="text-3xl font-semibold tracking-tight">{participant.name}</h1>
        <VersionNotice choice={revision} version={version} currentHref={`/signatories/${participant.code}`} />
      </article>
    );
  }
  const t = await getTranslations("public.participant");
  const tKind = await getTranslations("public.kind");
  const tAction = await getTranslations("public.action");
  const tRegion = await getTranslations("public.regions");
  const tFeeds = await getTranslations("ledger.feeds");
  const format = await getFormatter();

  return (
    <article className="space-y-10">
      <p className="no-print text-sm">
        <Link href="/signatories" className="underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
      <VersionNotice
        choice={revision}
        version={version}
        currentHref={`/signatories/${participant.code}`}
        compareHref={pinned === undefined ? undefined : `/compare?fromRevision=${pinned}`}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{participant.name}</h1>
        {participant.formalName && participant.formalName !== participant.name && <p className="text-muted">{participant.formalName}</p>}
        <p className="text-sm text-muted">
          {[
            tKind(participant.kind),
            participant.unStatus ? t(`unStatus.${participant.unStatus}`) : null,
            participant.region ? (tRegion.has(participant.region) ? tRegion(participant.region) : participant.region) : null,
            participant.subregion,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p data-testid="participant-status">
          <span className="sr-only">{t("statusLabel")} </span>
          <StatusLabel status={status} size="lg" />
        </p>
      </header>

      <section aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-xl font-semibold">
          {t("actionsHeading")}
        </h2>
        {actions.length === 0 ? (
          <p className="text-muted">
            {t("noActions", { name: participant.name })}{" "}
            <Link href="/non-signatories" className="underline underline-offset-4">
              {t("outreachLink")}
            </Link>
          </p>
        ) : (
          <ol className="space-y-4">
            {actions.map((action) => (
              <li key={action.id} className="rounded border border-rule bg-white p-4" data-action={action.action}>
                <h3 className="text-lg font-medium">
                  {tAction(action.action)} · <PartialDate date={action.date} precision={action.datePrecision} />
                </h3>
                <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
                  <dt className="font-medium text-muted">{t("date")}</dt>
                  <dd>
                    <PartialDate date={action.date} precision={action.datePrecision} />{" "}
                    <span className="text-muted">({t(`precision.${action.datePrecision}`)})</span>
                  </dd>
                  <dt className="font-medium text-muted">{t("place")}</dt>
                  <dd>{action.place ?? <span className="text-muted">{t("notRecorded")}</span>}</dd>
                  <dt className="font-medium text-muted">{t("signer")}</dt>
                  <dd>
                    {action.signerName ? (
                      <>
                        {action.signerName}
                        {action.signerTitle && <span className="text-muted">, {action.signerTitle}</span>}
                      </>
                    ) : (
                      <span className="text-muted">{t("notRecorded")}</span>
                    )}
                  </dd>
                  <dt className="font-medium text-muted">{t("evidence")}</dt>
                  <dd className="space-y-1" data-testid="evidence">
                    {action.evidenceDescription && <p>{action.evidenceDescription}</p>}
                    {action.documentSymbol && <p>{withLtrValue((symbol) => t("documentSymbol", { symbol }), action.documentSymbol)}</p>}
                    {action.evidenceUrl && (
                      <p>
                        <Ltr>
                          <a href={action.evidenceUrl} rel="noopener noreferrer" className="break-all underline underline-offset-4">
                            {action.evidenceUrl}
                          </a>
                        </Ltr>
                      </p>
                    )}
                    {!action.evidenceDescription && !action.documentSymbol && !action.evidenceUrl && action.documents.length === 0 && (
                      <span className="text-muted">{t("notRecorded")}</span>
                    )}
                    <EvidenceDocuments documents={action.documents} />
                  </dd>
                  <dt className="font-medium text-muted">{t("verification")}</dt>
                  <dd>
                    <VerificationBadge level={action.verification} basis={action.verificationBasis} />
                  </dd>
                  {action.notes && (
                    <>
                      <dt className="font-medium text-muted">{t("notes")}</dt>
                      <dd>{action.notes}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      {statements.length > 0 && (
        <section aria-labelledby="statements-heading" className="space-y-4">
          <h2 id="statements-heading" className="text-xl font-semibold">
            {t("statementsHeading")}
          </h2>
          <ul className="space-y-4">
            {statements.map((statement) => (
              <StatementCard key={statement.id} statement={statement}>
                {statement.commitmentNumbers.length > 0 && (
                  <p className="mt-2">
                    {t("tiedTo")}{" "}
                    {statement.commitmentNumbers.map((number, index) => (
                      <span key={number}>
                        {index > 0 && ", "}
                        <Link href={`/code/commitments/${number}`} className="underline underline-offset-4">
                          {t("commitment", { number })}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
                <EvidenceDocuments documents={statement.documents} />
              </StatementCard>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-4">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("historyHeading")}
        </h2>
        {history.length === 0 ? (
          <p className="text-muted">{t("historyEmpty")}</p>
        ) : (
          <div className="print-full relative overflow-x-auto rounded border border-rule bg-white">
            <table className="card-table w-full text-start text-sm" data-testid="history">
              <caption className="sr-only">{t("historyCaption", { name: participant.name })}</caption>
              <thead className="bg-paper">
                <tr className="border-b border-rule">
                  <th scope="col" className="px-3 py-2">
                    {t("historyWhen")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("historyWho")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("historyWhat")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("historyWhy")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry, index) => (
                  <tr key={index} className="border-b border-rule/60 align-top">
                    <td className="whitespace-nowrap px-3 py-2" data-label={t("historyWhen")}>
                      <Instant value={entry.at} />
                    </td>
                    <td className="px-3 py-2" data-label={t("historyWho")}>
                      {entry.proposedByName
                        ? t("proposedAndApproved", { proposer: entry.proposedByName, approver: entry.actorName })
                        : entry.actorName}
                    </td>
                    <td className="px-3 py-2" data-label={t("historyWhat")}>
                      {t.has(`historyAction.${entry.action}`) ? t(`historyAction.${entry.action}`) : entry.action}
                      {entry.changedFields.length > 0 && !entry.action.endsWith(".create") && (
                        <span className="block text-muted">
                          {t("changed", { fields: format.list(entry.changedFields.map((field) => t(`field.${field}`))) })}
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-2" data-label={t("historyWhy")}>
                      {entry.reason ?? <span className="text-muted">{t("notRecorded")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <p className="no-print text-sm">
        <a href={`/signatories/${participant.code}/feed.xml`} className="underline underline-offset-4" type="application/atom+xml">
          {tFeeds("participantFeed", { name: participant.name })}
        </a>
      </p>

      <CiteThisVersion title={participant.name} url={`${siteOrigin()}/signatories/${participant.code}`} version={version} />

      <PrintCitation title={participant.name} path={`/signatories/${participant.code}?revision=${version.revision}`} />
    </article>
  );
}
