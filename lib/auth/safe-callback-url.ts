// Where to go after sign-in. A callback URL comes from a link anyone can craft, so it is parsed against our
// own origin with the URL parser browsers use and accepted only when it stays on that origin. The path is
// then checked again: "/.//evil.example" parses to the path "//evil.example" on our origin, which a browser
// given as a relative Location reads as another host.

const FALLBACK_PATH = "/editor";

function firstValue(value: string | string[] | null | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** True for a path that a browser would read as another host: "//host", "/\host", also once decoded. */
export function looksLikeAnotherHost(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true; // a malformed escape is no path of ours
  }
  return [path, decoded].some((candidate) => /^[/\\]{2}/.test(candidate) || /^\/[\\]/.test(candidate));
}

/**
 * The same-origin path (path, query, fragment) that `value` names relative to `origin`, or the editor's
 * home when it names anything else.
 */
export function safeCallbackPath(value: string | string[] | null | undefined, origin: string, fallback = FALLBACK_PATH): string {
  const candidate = firstValue(value)?.trim();
  if (!candidate) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return looksLikeAnotherHost(path) ? fallback : path;
}

/** next-auth's `redirect` callback: an absolute URL on our own origin, never another one. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  return `${new URL(baseUrl).origin}${safeCallbackPath(url, baseUrl)}`;
}
