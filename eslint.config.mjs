import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// The layers (docs/architecture.md): app/ routes → lib/ domain → the database; components/ render what
// routes hand them. These rules keep the arrows pointing one way; tests/layer-rules.test.ts proves they bite.

const componentImports = {
  paths: [{ name: "@/lib/db", message: "Components never touch the database: the page reads and passes narrow props." }],
  patterns: [
    { group: ["@/app", "@/app/*", "**/app/*"], message: "Components never import routes: the page passes its Server Actions in as props." },
  ],
};

const libPatterns = [
  { group: ["@/prisma/seed/*", "**/prisma/seed/*"], message: "lib/ never depends on seed data: shared constants live in lib/<domain>/." },
  { group: ["@/app", "@/app/*", "@/components/*"], message: "lib/ is below the routes and the components: it never imports them." },
];

const globalClient = {
  name: "@/lib/db",
  importNames: ["db"],
  message: "Domain functions take db as their first parameter: only routes, Server Actions and scripts import the client.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Leaving fields out with a rest pattern (`const { secret: _secret, ...safe } = row`) is intended.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], extends: [tseslint.configs.disableTypeChecked] },
  // Vitest types its asymmetric matchers (expect.stringContaining, expect.any) as any, by design.
  { files: ["**/*.test.ts"], rules: { "@typescript-eslint/no-unsafe-assignment": "off" } },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", componentImports] } },
  { files: ["lib/**"], rules: { "no-restricted-imports": ["error", { paths: [globalClient], patterns: libPatterns }] } },
  {
    // Where a request enters: the session loader, next-auth's callbacks, the public API's GET wrapper and
    // the Server Actions' failure path (which logs refusals) hold the client for the handlers they wrap.
    files: ["lib/auth/session.ts", "lib/auth/auth-options.ts", "lib/api/http.ts", "lib/server-actions/form-state.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: libPatterns }] },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='db']",
          message: "Routes pass db to a domain function in lib/; they never query it themselves.",
        },
      ],
    },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
