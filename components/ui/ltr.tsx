/**
 * A value that reads left to right in any language: a signed number ("+3"), an ISO date or time, an ISO code
 * ("KAZ"), a document symbol ("A/73/123"), a SHA-256, a URL or an email. Isolated from the text around it, so
 * that in Arabic its characters are not reordered ("A/73/123" shown as "123/73/A") and its neighbours are not
 * pulled into it. Code (`code`, `pre`, `kbd`, `samp`) is isolated the same way by app/globals.css.
 */
export function Ltr({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/**
 * The same for a value that goes into a translated sentence as a plain string: wrapped in Unicode's
 * left-to-right isolate (U+2066 … U+2069), the equivalent of <bdi dir="ltr"> inside text.
 */
export function isolateLtr(value: string): string {
  return `\u2066${value}\u2069`;
}
