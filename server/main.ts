// The production server `npm start` runs, compiled by the build into .next/production-server.cjs
// (scripts/build-if-needed.ts): Next's request handler behind the page cache for anonymous visitors. A
// cache hit never enters Next, which is what lets the public pages keep up with a signing ceremony in the
// news; everything else is Next as `next start` runs it. `next dev` does not use it.
import { createServer } from "node:http";
import next from "next";
import { createSignInFloodGate } from "@/lib/auth/sign-in-flood-gate";
import { env, siteOrigin } from "@/lib/env";
import { synchronousRevisionReader } from "@/lib/record/record-revision";
import { createRequestHandler } from "./request-handler";

async function main() {
  const app = next({ dev: false, port: env.PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const readRevision = synchronousRevisionReader(env.DATABASE_URL);
  const server = createServer(
    createRequestHandler(
      (request, response) => handle(request, response),
      readRevision ? { readRevision, maxBytes: env.PAGE_CACHE_MAX_BYTES } : null,
      createSignInFloodGate(env.TRUST_PROXY, siteOrigin()),
    ),
  );
  server.listen(env.PORT, () => console.log(`✓ Ready on port ${env.PORT}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
