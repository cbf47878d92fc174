import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Instant, PartialDate } from "@/components/ui/partial-date";
import type { ComparedEntity, RevisionsComparison } from "@/lib/compare/compare-revisions";
import type { ActionRecord, StatementRecord } from "@/lib/ledger/public-record";
import { Ltr } from "@/components/ui/ltr";

/** Names a participant in the page's language from its code and the name the record holds (ParticipantNamer.nameOfCode). */
export type NameOfCode = (code: string, recordedName?: string) => string;

const cell = "px-3 py-2 align-top";

/** "Kazakhstan · Signature · 28 Sept 2018", or a statement's first words. */
async function EntityLabel({
  entity,
  nameOf,
}: {
  entity: Pick<ComparedEntity, "entityType" | "record" | "participant">;
  nameOf: NameOfCode;
}) {
  const t = await getTranslations("ledger.compare");
  const tAction = await getTranslations("public.action");
  if (entity.entityType === "statement") {
    const statement = entity.record as StatementRecord;
    return (
      <>
        <Link href={`/signatories/${entity.participant}`} className="underline underline-offset-4">
          {nameOf(entity.participant)}
        </Link>{" "}
        · {t("statement", { text: statement.text.length > 80 ? `${statement.text.slice(0, 80)}…` : statement.text })}
      </>
    );
  }
  const action = entity.record as ActionRecord;
  return (
    <>
      <Link href={`/signatories/${action.code}`} className="underline underline-offset-4">
        {nameOf(action.code, action.name)}
      </Link>{" "}
      · {tAction(action.action)} · <PartialDate date={action.date} precision={action.datePrecision} />
    </>
  );
}

/** A field's value in words: lists joined, nothing as null (shown as "not recorded"). */
function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(item)).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A recorded value as stored (an ISO date, a code, a URL): left to right in any language. */
function ltrShown(value: unknown) {
  const text = shown(value);
  return text === null ? null : <Ltr>{text}</Ltr>;
}

/** Two versions compared: added, removed and changed records (then against now), and every entry in between. */
export async function CompareRevisionsResult({ result, nameOf }: { result: RevisionsComparison; nameOf: NameOfCode }) {
  const t = await getTranslations("ledger.compare");
  const tKind = await getTranslations("ledger.compare.kind");
  const dayOf = (publishedAt: string | null) => publishedAt?.slice(0, 10) ?? null;
  const list = async (key: "added" | "removed", entities: ComparedEntity[]) => (
    <section aria-labelledby={`${key}-heading`} className="space-y-2">
      <h3 id={`${key}-heading`} className="text-lg font-semibold">
        {t(`${key}Heading`)} ({entities.length})
      </h3>
      {entities.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-6" data-testid={`compare-${key}`}>
          {await Promise.all(entities.map(async (entity) => <li key={entity.entityId}>{await EntityLabel({ entity, nameOf })}</li>))}
        </ul>
      )}
    </section>
  );
  return (
    <section aria-labelledby="revisions-result-heading" className="space-y-6" data-testid="compare-revisions">
      <h2 id="revisions-result-heading" className="sr-only">
        {t("revisionsHeading")}
      </h2>
      <p className="font-medium" data-testid="compare-summary">
        {t.rich("revisionsSummary", {
          from: result.from.revision,
          to: result.to.revision,
          added: result.added.length,
          removed: result.removed.length,
          changed: result.changed.length,
          fromDate: () => (
            <PartialDate date={dayOf(result.from.publishedAt)} precision={dayOf(result.from.publishedAt) ? "day" : "unknown"} />
          ),
          toDate: () => <PartialDate date={dayOf(result.to.publishedAt)} precision={dayOf(result.to.publishedAt) ? "day" : "unknown"} />,
        })}
      </p>
      {await list("added", result.added)}
      {await list("removed", result.removed)}
      <section aria-labelledby="changed-heading" className="space-y-2">
        <h3 id="changed-heading" className="text-lg font-semibold">
          {t("changedHeading")} ({result.changed.length})
        </h3>
        {result.changed.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <div className="space-y-4" data-testid="compare-changed">
            {await Promise.all(
              result.changed.map(async (entity) => (
                <div key={entity.entityId} className="relative overflow-x-auto rounded border border-rule bg-white">
                  <table className="w-full text-start text-sm">
                    <caption className="px-3 py-2 text-start font-medium">{await EntityLabel({ entity, nameOf })}</caption>
                    <thead className="bg-paper">
                      <tr className="border-b border-rule">
                        <th scope="col" className={cell}>
                          {t("field")}
                        </th>
                        <th scope="col" className={cell}>
                          {t("then")}
                        </th>
                        <th scope="col" className={cell}>
                          {t("now")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {entity.fields.map((change) => (
                        <tr key={change.field} className="border-b border-rule/60">
                          <th scope="row" className={`${cell} font-mono text-xs font-normal`}>
                            <Ltr>{change.field}</Ltr>
                          </th>
                          <td className={`${cell} break-all`}>
                            {ltrShown(change.then) ?? <span className="text-muted">{t("notRecorded")}</span>}
                          </td>
                          <td className={`${cell} break-all`}>
                            {ltrShown(change.now) ?? <span className="text-muted">{t("notRecorded")}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )),
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="entries-heading" className="space-y-2">
        <h3 id="entries-heading" className="text-lg font-semibold">
          {t("changesHeading")} ({result.entries.length})
        </h3>
        {result.entries.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <div className="relative overflow-x-auto rounded border border-rule bg-white">
            <table className="card-table w-full text-start text-sm" data-testid="compare-entries">
              <caption className="sr-only">{t("changesCaption")}</caption>
              <thead className="bg-paper">
                <tr className="border-b border-rule">
                  <th scope="col" className={cell}>
                    {t("entry")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("when")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("what")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("who")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("why")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.entries.map((entry) => (
                  <tr key={entry.sequence} className="border-b border-rule/60">
                    <td className={`${cell} tabular-nums`} data-label={t("entry")}>
                      <Ltr>
                        {entry.sequence} (r{entry.revision})
                      </Ltr>
                    </td>
                    <td className={`${cell} whitespace-nowrap`} data-label={t("when")}>
                      <Instant value={new Date(entry.recordedAt)} />
                    </td>
                    <td className={cell} data-label={t("what")}>
                      {tKind(entry.kind)}
                      {entry.participant && (
                        <>
                          {" · "}
                          <Link href={`/signatories/${entry.participant}`} className="underline underline-offset-4">
                            {nameOf(entry.participant)}
                          </Link>
                        </>
                      )}
                      {entry.changedFields.length > 0 && entry.kind === "correction" && (
                        <span className="block text-muted">{entry.changedFields.join(", ")}</span>
                      )}
                    </td>
                    <td className={cell} data-label={t("who")}>
                      {entry.actorName}
                    </td>
                    <td className={cell} data-label={t("why")}>
                      {entry.reason ?? <span className="text-muted">{t("notRecorded")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
