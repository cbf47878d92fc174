import fc from "fast-check";
import { expect } from "vitest";
import type { Database } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";

// Generators and checks shared by the property-based hostile-input tests: whatever a browser, a replayed
// Server Action or a script sends, a domain function either does the right thing or refuses with an
// AppError that names the field — never another exception, and a refusal writes nothing.

export const PROPERTY_RUNS = 1_000;

/** Payloads that have broken other applications: markup, SQL, template, path, control and bidi characters. */
export const INJECTION_PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "'; DROP TABLE Signature; --",
  "' OR '1'='1",
  "1; UPDATE User SET role='admin'",
  "${7*7}",
  "{{constructor.constructor('alert(1)')()}}",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "\u202eevil\u202c",
  "\ud800",
  "﷽",
  "𝕏𝔸𝕄",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
  "toString",
  "   ",
  "\r\n\t",
];

const wrongTypes = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withNullPrototype: true,
  maxDepth: 2,
});

/** Long text without paying to generate it: up to ~100 kB of one repeated (sometimes multi-byte) character. */
const hugeStrings = fc
  .tuple(fc.constantFrom("x", "é", "👩‍👩‍👧", "<", "\u0000"), fc.integer({ min: 150, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(length));

/** A hostile value for one field: unicode, huge, injection, or not a string at all. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(...INJECTION_PAYLOADS),
  hugeStrings,
  wrongTypes,
);

/** Usually a valid value for the field (so many inputs get far enough to succeed), else hostile or missing. */
export function mostlyValid(valid: fc.Arbitrary<unknown> | string, validWeight = 12): fc.Arbitrary<unknown> {
  const validValues = typeof valid === "string" ? fc.constant(valid) : valid;
  return fc.oneof(
    { weight: validWeight, arbitrary: validValues },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** A whole input: each field valid, hostile or missing, plus stray keys — or not an object at all. */
export function hostileInput(fields: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const record = fc
    .tuple(
      fields,
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "id", "role", "version")), hostileValue, {
        maxKeys: 2,
      }),
    )
    .map(([fields, extra]) => ({ ...extra, ...fields }));
  return fc.oneof({ weight: 12, arbitrary: record }, { weight: 1, arbitrary: wrongTypes });
}

/**
 * What a call may do with a hostile input. `refusals` are the AppError codes it may answer with — only
 * those a caller like this one can meet (no "forbidden" for an administrator, only "forbidden" for an
 * editor calling an administrator's function); `mayAccept` is false where no input can succeed.
 */
export type HostileCallRules = { fields: readonly string[]; refusals: readonly AppErrorCode[]; mayAccept?: boolean };

/**
 * Checks a refusal: an AppError with one of the allowed codes and a message; a validation error names at
 * least one field, and only fields of the form (or "form").
 */
export function expectFieldRefusal(error: unknown, rules: HostileCallRules): void {
  if (!isAppError(error))
    throw new Error(
      `Expected an AppError, got ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`,
    );
  expect(rules.refusals, error.message).toContain(error.code);
  expect(error.message.length).toBeGreaterThan(0);
  const named = Object.keys(error.fieldErrors);
  if (error.code === "validation") expect(named.length).toBeGreaterThan(0);
  for (const field of named) {
    expect([...rules.fields, "form"]).toContain(field);
    expect(error.fieldErrors[field]).toMatch(/\S/);
  }
}

/** One cheap query that changes whenever any row a mutation could touch is written. */
export async function writeFingerprint(db: Database): Promise<unknown> {
  const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT
    (SELECT COUNT(*) FROM Signature) AS signatures, (SELECT TOTAL(version) FROM Signature) AS signatureVersions,
    (SELECT MAX(updatedAt) FROM Signature) AS signatureUpdated, (SELECT COUNT(*) FROM Statement) AS statements,
    (SELECT COUNT(*) FROM "_CommitmentToStatement") AS statementLinks, (SELECT COUNT(*) FROM User) AS users,
    (SELECT TOTAL(sessionVersion) FROM User) AS sessionVersions, (SELECT MAX(updatedAt) FROM User) AS userUpdated,
    (SELECT COUNT(*) FROM "_EditorScope") AS scopes, (SELECT COUNT(*) FROM AuditEntry) AS audit,
    (SELECT revision FROM RecordRevision WHERE id = 1) AS revision`);
  return JSON.parse(JSON.stringify(rows[0], (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value)));
}

/**
 * Runs a domain call on a hostile input: on success checks that success was possible and hands the result
 * to `verify`; on refusal checks the error against the rules and that nothing was written. Any other
 * exception fails the property with its stack.
 */
export async function expectSuccessOrFieldRefusal<T>(
  db: Database,
  rules: HostileCallRules,
  call: () => Promise<T>,
  verify: (result: T) => Promise<void>,
): Promise<"accepted" | "refused"> {
  const before = await writeFingerprint(db);
  let result: T;
  try {
    result = await call();
  } catch (error) {
    expectFieldRefusal(error, rules);
    expect(await writeFingerprint(db)).toEqual(before);
    return "refused";
  }
  expect(rules.mayAccept ?? true, "this caller must never succeed").toBe(true);
  await verify(result);
  return "accepted";
}

/**
 * Counts a property's outcomes. A property that refused every input would prove nothing about what is
 * stored, so each test asserts a floor on the inputs accepted and checked (set well below what a run
 * sees, so that chance alone does not fail it).
 */
export function createTally(name: string) {
  const counts = { accepted: 0, refused: 0 };
  return {
    counts,
    add(outcome: "accepted" | "refused") {
      counts[outcome]++;
    },
    expectAtLeast(acceptedFloor: number, refusedFloor: number) {
      console.log(`${name}: ${counts.accepted} accepted and checked, ${counts.refused} refused with a field message`);
      expect(counts.accepted, `${name}: inputs accepted and checked`).toBeGreaterThanOrEqual(acceptedFloor);
      expect(counts.refused, `${name}: inputs refused`).toBeGreaterThanOrEqual(refusedFloor);
    },
  };
}
