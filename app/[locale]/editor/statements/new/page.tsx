import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { participantLabel } from "@/components/editor/participant-input";
import { StatementForm } from "@/components/editor/statement-form";
import { requireUser } from "@/lib/auth/acting-user";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { getReviewSetting, statusChoicesOf } from "@/lib/review/review-setting";
import { saveStatement } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.statement"))("title") };
}

export default async function NewStatementPage() {
  const actor = requireUser(await getActingUser());
  const [t, participants, instrument, { requiresReview }] = await Promise.all([
    getTranslations("editor.statement"),
    listEditableParticipants(db, actor),
    getInstrument(db),
    getReviewSetting(db),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <StatementForm
        saveAction={saveStatement}
        participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
        commitmentNumbers={instrument.commitments.map((c) => c.number)}
        statusChoices={statusChoicesOf(requiresReview)}
      />
    </div>
  );
}
