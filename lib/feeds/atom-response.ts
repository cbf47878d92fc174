/** How many changes a feed carries, newest first. */
export const FEED_LENGTH = 50;

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
