// Message keys (or key prefixes, ending in ".") that the code reaches through a variable rather than a
// written key or a template with a fixed part, so the unused-key check cannot see them. Each entry says where.
export const KEYS_USED_DYNAMICALLY: readonly string[] = [
  "public.kind.", // tKind(participant.kind): app/[locale]/(public)/signatories/[code]/page.tsx
  "public.action.", // tAction(action.action): the participant page, signatories-table, compare results, filters
  "public.statementKind.", // tKind(statement.kind): components/public/statement-card.tsx
  "public.regions.", // tRegion(region): the participant page and /non-signatories
  "public.verification.", // t(`${level}Help`) and t(level): components/public/verification-badge.tsx
  "ledger.compare.kind.", // tKind(change.kind): components/public/compare-revisions-result.tsx
  "ledger.compare.addedHeading", // t(`${key}Heading`): components/public/compare-revisions-result.tsx
  "ledger.compare.removedHeading",
  "editor.signature.actionHelp", // t(`${name}Help`): components/editor/action-form.tsx
  "editor.signature.documentSymbolHelp",
  "editor.signature.verificationHelp",
];
