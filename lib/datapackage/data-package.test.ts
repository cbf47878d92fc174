import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSignatoriesCsv, CSV_COLUMNS } from "@/lib/exports/signatories-csv";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { GENESIS_HASH, hashPayload, payloadOf, type LedgerItem } from "@/lib/ledger/ledger-hash";
import { replayLedger } from "@/lib/ledger/replay-ledger";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { generateHistory } from "@/tests/generated-history";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { buildDataPackage } from "./build-data-package";
import { loadDataPackage } from "./load-data-package";
import { TABLE_SCHEMAS, type TableField } from "./table-schemas";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
type Descriptor = { resources: { name: string; path: string; schema: { fields: TableField[] } }[]; version: string; ledgerHead: string };

const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe("the data package", () => {
  let database: Database;
  let files: Record<string, string>;
  let revision: number;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
    const { checkpoints } = await generateHistory(database, { seed: 99, steps: 25 });
    revision = checkpoints.at(-1)!.revision;
    files = unzip(buildDataPackage(await loadDataPackage(database.db, "http://localhost")));
  }, 120_000);
  afterAll(() => database.drop());

  it("holds the descriptor, the five tables, the exact ledger, a README and the citation", () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.md",
        "citation.bib",
        "citation.json",
        "citation.txt",
        "commitments.csv",
        "datapackage.json",
        "ledger.csv",
        "ledger.json",
        "participants.csv",
        "signatories.csv",
        "statements.csv",
      ].sort(),
    );
    expect(files["README.md"]).toContain(`revision ${revision}`);
    expect(files["citation.txt"]).toContain(`revision=${revision}`);
  });

  it("describes each CSV with a table schema whose fields are its columns, and every value keeps to its type and enum", () => {
    const descriptor = JSON.parse(files["datapackage.json"]!) as Descriptor;
    expect(descriptor.version).toBe(String(revision));
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(Object.keys(TABLE_SCHEMAS).map((name) => `${name}.csv`));
    for (const resource of descriptor.resources) {
      const rows = parse<Record<string, string>>(files[resource.path]!, { columns: true });
      const header = files[resource.path]!.split("\r\n")[0]!.split(",");
      expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
      for (const row of rows) {
        for (const field of resource.schema.fields) {
          const value = row[field.name]!;
          if (value === "") {
            expect(field.constraints?.required, `${resource.path} ${field.name} is required`).not.toBe(true);
            continue;
          }
          if (field.type === "integer") expect(value, field.name).toMatch(/^-?\d+$/);
          if (field.type === "date") expect(value, field.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.type === "datetime") expect(Number.isNaN(Date.parse(value)), field.name).toBe(false);
          if (field.constraints?.enum) expect(field.constraints.enum, `${resource.path} ${field.name}`).toContain(value);
          if (field.constraints?.pattern) expect(value, field.name).toMatch(new RegExp(field.constraints.pattern));
        }
      }
    }
    expect(TABLE_SCHEMAS.signatories.map((field) => field.name)).toEqual(CSV_COLUMNS.map(([header]) => header));
  });

  it("has the signatories of GET /api/v1/signatories?format=csv&revision=N, byte for byte", async () => {
    const { document } = await loadSignatoryExport(database.db, signatoryFiltersSchema.parse({}), { revision });
    expect(files["signatories.csv"]).toBe(buildSignatoriesCsv({ document }));
  });

  it("has a ledger.json whose chain verifies and replays to its signatories and statements", () => {
    const ledger = JSON.parse(files["ledger.json"]!) as LedgerItem[];
    let previous = GENESIS_HASH;
    for (const entry of ledger) {
      expect(entry.previousHash).toBe(previous);
      expect(hashPayload(payloadOf(entry))).toBe(entry.hash);
      previous = entry.hash;
    }
    const replayed = replayLedger(ledger);
    const signatories = parse<Record<string, string>>(files["signatories.csv"]!, { columns: true });
    expect(signatories.map((row) => `${row.code}:${row.action}`).sort()).toEqual(
      replayed.actions.map((entity) => `${entity.record.code}:${entity.record.action}`).sort(),
    );
    expect(parse(files["statements.csv"]!, { columns: true })).toHaveLength(replayed.statements.length);
    expect(parse(files["ledger.csv"]!, { columns: true })).toHaveLength(ledger.length);
  });

  it("is the same bytes for the same revision, and a past revision holds only the ledger up to it", async () => {
    const again = buildDataPackage(await loadDataPackage(database.db, "http://localhost", revision));
    expect(again).toEqual(buildDataPackage(await loadDataPackage(database.db, "http://localhost")));
    const past = unzip(buildDataPackage(await loadDataPackage(database.db, "http://localhost", 1)));
    const ledger = JSON.parse(past["ledger.json"]!) as LedgerItem[];
    expect(ledger.every((entry) => entry.revision <= 1)).toBe(true);
    expect(parse(past["signatories.csv"]!, { columns: true })).toHaveLength(12);
  });
});
