// The visitor's language choice, written by the language switcher in the browser (never by the server, so
// that pages stay cacheable) and read only in the browser, to suggest that language on a page in another
// one. It never redirects. One year, the whole site, readable by scripts (it holds nothing secret).
export const LANGUAGE_COOKIE = "NEXT_LOCALE";
export const LANGUAGE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
