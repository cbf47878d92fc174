// The production server started by `npm start`: Next's request handler behind the page cache for
// anonymous visitors (lib/page-cache/). A cache hit never enters Next, which is what lets the public
// pages keep up with a signing ceremony in the news; everything else is Next as `next start` runs it.
import { createServer } from "node:http";
import next from "next";
import { createSignInFloodGate } from "@/lib/auth/sign-in-flood-gate";
import { env, siteOrigin } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { withPageCache } from "@/lib/page-cache/serve-with-page-cache";
import { synchronousRevisionReader } from "@/lib/record/record-revision";

async function main() {
  const app = next({ dev: false, port: env.PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextHandler = (request: Parameters<typeof handle>[0], response: Parameters<typeof handle>[1]) => handle(request, response);
  const readRevision = synchronousRevisionReader(env.DATABASE_URL);
  const handler = readRevision ? withPageCache(nextHandler, readRevision) : nextHandler;
  const refuseSignInFlood = createSignInFloodGate(env.TRUST_PROXY, siteOrigin());
  const server = createServer((request, response) => {
    // The only client address the app trusts by default (lib/http/client-address.ts): whatever a caller
    // sent under this name is replaced by the socket's address.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    void refuseSignInFlood(request, response).then((refused) => (refused ? undefined : handler(request, response)));
  });
  server.listen(env.PORT, () => console.log(`✓ Ready on port ${env.PORT}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
