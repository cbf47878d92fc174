/** Where to go after sign-in: only a path on this site, never another origin ("//evil", "https://…"). */
export function safeCallbackPath(value: string | string[] | null | undefined, fallback = "/editor"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  try {
    const url = new URL(candidate, "http://site.invalid");
    return url.origin === "http://site.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
