import type { APIRequestContext, Page } from "@playwright/test";

// A hostile client does not need our forms: it can POST a Server Action's request from anywhere. These
// helpers capture the exact request a real form sends (without letting it through) and replay it from
// another session, so tests exercise the real action endpoints with someone else's identity.

export type CapturedAction = { path: string; headers: Record<string, string>; body: Buffer };

export async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() === "POST" && headers["next-action"] && !captured) {
      const { cookie: _cookie, ...withoutCookie } = headers;
      captured = { path: new URL(request.url()).pathname, headers: withoutCookie, body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.fallback();
  });
  await submit();
  await page.waitForTimeout(50);
  for (let waited = 0; !captured && waited < 5000; waited += 50) await page.waitForTimeout(50);
  await page.unroute("**/*");
  if (!captured) throw new Error("The form sent no Server Action request");
  return captured;
}

/** Replays a captured action, at the URL its form posted to, as whoever `request` is signed in as. */
export async function replayServerAction(request: APIRequestContext, action: CapturedAction): Promise<{ status: number; body: string }> {
  const response = await request.post(action.path, { headers: action.headers, data: action.body, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}
