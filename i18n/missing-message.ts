/** What a page shows in place of a message it lacks (i18n/request.ts): loud on purpose, so that the e2e tests find it. */
export const MISSING_MESSAGE_MARK = "⟦missing message⟧";
