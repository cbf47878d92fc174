import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs must bite: each case lints a few lines as if they stood in a real
// file of that layer (ESLint's Node API, the project's own config) and names the rule that must refuse them.
// Type-aware linting reads the text given for a path in place of the file for the rest of the run, so no
// case stands in for a module that another case imports (lib/db, lib/instruments/get-instrument, …).

let eslint: ESLint;

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? "parse"}: ${message.message}`);
}

describe("the layer rules", { timeout: 120_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: process.cwd() });
  });

  it("refuse a component that imports the database client", async () => {
    const problems = await problemsIn(
      "components/site-footer.tsx",
      'import { db } from "@/lib/db";\n\nexport async function Count() {\n  return <p>{await db.participant.count()}</p>;\n}\n',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*Components never touch the database/));
  });

  it("refuse a component that imports a Server Action from a route, and accept the same form taking it as a prop", async () => {
    const importing = await problemsIn(
      "components/editor/statement-form.tsx",
      '"use client";\nimport { saveStatement } from "@/app/[locale]/editor/statements/actions";\n\nexport const save = saveStatement;\n',
    );
    expect(importing).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*pass(es)? its Server Actions in as props/));
    const taking = await problemsIn(
      "components/editor/statement-form.tsx",
      '"use client";\nimport type { FormAction } from "@/lib/server-actions/form-state";\n\nexport function pick(saveAction: FormAction): FormAction {\n  return saveAction;\n}\n',
    );
    expect(taking).toEqual([]);
  });

  it("refuse lib/ code that reaches into the seed data", async () => {
    const problems = await problemsIn(
      "lib/map/world-shapes.ts",
      'import { codeOfConduct } from "@/prisma/seed/data/code-of-conduct";\n\nexport const slug = codeOfConduct.slug;\n',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*never depends on seed data/));
  });

  it("refuse a domain function that uses the global client instead of the db it is given", async () => {
    const problems = await problemsIn(
      "lib/participants/list-participants.ts",
      'import { db } from "@/lib/db";\n\nexport function countParticipants() {\n  return db.participant.count();\n}\n',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*take db as their first parameter/));
  });

  it("refuse a route that queries the database, and accept one that passes db to the domain", async () => {
    const querying = await problemsIn(
      "app/[locale]/editor/page.tsx",
      'import { db } from "@/lib/db";\n\nexport default async function Page() {\n  const count = await db.participant.count();\n  return <p>{count}</p>;\n}\n',
    );
    expect(querying).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Routes pass db to a domain function/));
    const passing = await problemsIn(
      "app/[locale]/editor/page.tsx",
      'import { db } from "@/lib/db";\nimport { getInstrument } from "@/lib/instruments/get-instrument";\n\nexport default async function Page() {\n  const instrument = await getInstrument(db);\n  return <p>{instrument.title}</p>;\n}\n',
    );
    expect(passing).toEqual([]);
  });

  it("refuse a promise left floating and an async handler where a void one is expected (type-aware rules)", async () => {
    const floating = await problemsIn(
      "lib/record/get-last-record-update.ts",
      "export function remember(save: () => Promise<void>): void {\n  save();\n}\n",
    );
    expect(floating).toContainEqual(expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /));
    const misused = await problemsIn(
      "components/editor/sign-out-button.tsx",
      '"use client";\n\nexport function Leave({ leave }: { leave: () => Promise<void> }) {\n  return <button type="button" onClick={async () => leave()}>x</button>;\n}\n',
    );
    expect(misused).toContainEqual(expect.stringMatching(/^@typescript-eslint\/no-misused-promises: /));
  });
});
