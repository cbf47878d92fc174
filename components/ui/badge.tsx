const TONES = {
  neutral: "border-rule bg-white text-ink",
  strong: "border-signed bg-signed/10 text-ink",
  muted: "border-rule bg-paper text-muted",
} as const;

/** A small labelled badge: the text carries the meaning, the tone only supports it. */
export function Badge({ children, tone = "neutral", title }: { children: React.ReactNode; tone?: keyof typeof TONES; title?: string }) {
  return (
    <span title={title} className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
