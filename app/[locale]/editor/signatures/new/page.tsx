import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { participantLabel } from "@/components/editor/participant-input";
import { ActionForm } from "@/components/editor/action-form";
import { requireUser } from "@/lib/auth/acting-user";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { getReviewSetting, statusChoicesOf } from "@/lib/review/review-setting";
import { saveParticipantAction } from "../actions";

// /editor/signatures/new — record a signature, accession or withdrawal (the URL keeps its first name).

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.signature"))("newTitle") };
}

export default async function NewActionPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = requireUser(await getActingUser());
  const query = await searchParams;
  const t = await getTranslations("editor.signature");
  const [participants, { requiresReview }] = await Promise.all([listEditableParticipants(db, actor), getReviewSetting(db)]);
  const preselected = participants.find((p) => p.code === query.participant);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("newTitle")}</h1>
      <ActionForm
        saveAction={saveParticipantAction}
        participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
        statusChoices={statusChoicesOf(requiresReview)}
        initial={{
          participant: preselected ? participantLabel(preselected) : "",
          action: query.action === "withdrawal" ? "withdrawal" : "signature",
          datePrecision: "day",
          verification: "press_report",
          status: "draft",
        }}
      />
    </div>
  );
}
