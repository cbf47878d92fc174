// The security headers of every response: Next adds them through next.config.ts, and the production server
// (server/) sends the same on the answers it gives without Next (cache hits, 405).

// Inline scripts are allowed because the App Router streams its payload in inline <script> tags; a nonce
// would force every page to render per request and give up the static cache that keeps the public site
// fast. Everything else is locked down: no plugins, no foreign origins, no framing (but the overview's map,
// which our own overview frames), forms post home only.
const contentSecurityPolicy = (frameAncestors: "'none'" | "'self'") =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

// The embeds (/embed/count, /embed/map) are made to be framed by any site, so they are locked down the other
// way: no script of any kind (they have none), no frames or plugins inside them, no forms, no <base>.
// Nothing in them acts on a click but links that open a new tab, so framing them lends an attacker nothing.
const EMBED_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'none'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

/** The only two paths any site may frame (next.config.ts matches them exactly). */
export const EMBED_PATHS = ["/embed/count", "/embed/map"] as const;

/** deny: the site's pages; same-origin: the overview's map; any-site: the two embeds. */
export type Framing = "deny" | "same-origin" | "any-site";

/**
 * The headers of an evidence document (/evidence/<sha256>): the same, but its policy is a sandbox that lets
 * nothing load or run. A PDF or an image is only ever data here; should one ever be rendered as a page,
 * it has no scripts, no plug-ins, no forms, no same-origin access.
 */
export function evidenceSecurityHeaders(): { key: string; value: string }[] {
  return securityHeaders("deny").map((header) =>
    header.key === "Content-Security-Policy" ? { ...header, value: "sandbox; default-src 'none'; frame-ancestors 'none'" } : header,
  );
}

export function securityHeaders(framing: Framing): { key: string; value: string }[] {
  const csp = framing === "any-site" ? EMBED_CONTENT_SECURITY_POLICY : contentSecurityPolicy(framing === "deny" ? "'none'" : "'self'");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // X-Frame-Options has no "any site" value: the embeds leave it out and rely on frame-ancestors.
    ...(framing === "any-site" ? [] : [{ key: "X-Frame-Options", value: framing === "deny" ? "DENY" : "SAMEORIGIN" }]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers HTTPS deployments.
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  ];
}
