import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/ui/partial-date";
import type { PublicStatement } from "@/lib/statements/public-statement";

/**
 * One statement as the public pages show it: kind and date, the text quoted, its source. `by` names who made
 * it (on a commitment's page), `children` add what else the page knows (the commitments it is tied to).
 */
export async function StatementCard({ statement, by, children }: { statement: PublicStatement; by?: ReactNode; children?: ReactNode }) {
  const tKind = await getTranslations("public.statementKind");
  const t = await getTranslations("public.participant");
  return (
    <li className="rounded border border-rule bg-white p-4 text-sm">
      <p className="font-medium">
        {by && <>{by} · </>}
        {tKind(statement.kind)}
        {statement.madeOn && (
          <>
            {" "}
            · <PartialDate date={statement.madeOn} precision="day" />
          </>
        )}
      </p>
      <blockquote className="mt-2 border-s-4 border-rule ps-3">{statement.text}</blockquote>
      {children}
      {statement.sourceUrl && (
        <p className="mt-1">
          <a href={statement.sourceUrl} rel="noopener noreferrer" className="break-all underline underline-offset-4">
            {t("source")}
          </a>
        </p>
      )}
    </li>
  );
}
