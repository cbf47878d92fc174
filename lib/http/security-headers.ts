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

export type Framing = "deny" | "same-origin";

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
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(framing === "deny" ? "'none'" : "'self'") },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: framing === "deny" ? "DENY" : "SAMEORIGIN" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers HTTPS deployments.
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  ];
}
