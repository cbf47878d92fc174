import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CeremonyForm } from "@/components/editor/ceremony-form";
import { participantLabel } from "@/components/editor/participant-input";
import { requireUser } from "@/lib/auth/acting-user";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { saveCeremony } from "./actions";

// /editor/ceremony — a signing ceremony in one sitting: the event once, then one row per participant.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.ceremony"))("metaTitle") };
}

export default async function CeremonyPage() {
  const actor = requireUser(await getActingUser());
  const [t, participants] = await Promise.all([getTranslations("editor.ceremony"), listEditableParticipants(db, actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <CeremonyForm
        saveAction={saveCeremony}
        participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
      />
    </div>
  );
}
