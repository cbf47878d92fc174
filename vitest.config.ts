import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Dates are calendar days, never instants: these tests run again in the two time zones furthest from UTC
// (UTC+14 and UTC−10/−9), where a day computed from a local-time instant would shift.
const TIME_ZONE_TESTS = ["lib/dates/**/*.test.ts", "lib/signatories/signatory-timeline.test.ts", "lib/exports/export-filename.test.ts"];
const FAR_TIME_ZONES = ["Pacific/Kiritimati", "America/Adak"];

export default defineConfig({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./", import.meta.url)),
      // "server-only" throws outside React Server Components; domain code is tested directly in Node.
      "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)),
      // getTranslations({ locale, namespace }) outside React, as route handlers call it: next-intl's server
      // build with our request config (what its Next plugin wires up in the app).
      "next-intl/server": fileURLToPath(new URL("./node_modules/next-intl/dist/esm/production/server.react-server.js", import.meta.url)),
      "next-intl/config": fileURLToPath(new URL("./i18n/request.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    server: { deps: { inline: ["next-intl"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,prisma,scripts,app,components,server,tests}/**/*.test.{ts,tsx}"],
          globalSetup: ["./tests/global-setup.ts"],
        },
      },
      ...FAR_TIME_ZONES.map((timeZone) => ({
        extends: true as const,
        test: { name: timeZone, include: TIME_ZONE_TESTS, env: { TZ: timeZone } },
      })),
    ],
  },
});
