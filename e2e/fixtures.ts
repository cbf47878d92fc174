import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/db";
import { E2E_DATABASE_URL } from "./e2e-settings";

// Tests read the e2e server's own database to compare what pages show with what is stored. They refuse
// any database that is not the local e2e file.
if (E2E_DATABASE_URL !== "file:./data/e2e.db") throw new Error("e2e tests only run against data/e2e.db");

type Fixtures = { db: Database; expectNoAxeViolations: (page: Page) => Promise<void> };

export const test = base.extend<Fixtures>({
  db: async ({}, provide) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    await provide(db);
    await db.$disconnect();
  },
  expectNoAxeViolations: async ({}, provide) => {
    await provide(async (page) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  },
});

export { expect };

/**
 * Participants reserved for data that e2e tests create, one set per test area, so that no two spec files
 * ever write to the same participant (a participant can hold only one signature).
 */
export const TEST_PARTICIPANTS = {
  publicSite: ["chl", "nor", "jpn", "bra", "ken", "isl"],
  openData: ["can", "fji", "per", "gha", "nzl", "arg"],
  editor: ["mex", "ind", "npl", "ury", "swe", "aus", "irl", "sen"],
  validators: ["col", "ecu", "bol", "pry"],
  evidence: ["idn", "mys", "phl", "tha", "vnm", "khm", "lao", "mmr"],
  intake: ["deu", "fra", "ita", "esp", "prt", "pol", "nld", "bel", "aut", "che", "dnk", "fin", "grc", "hun", "cze", "svk"],
  ledger: ["zaf", "nga", "eth", "tza", "uga", "rwa", "zmb", "zwe"],
  review: ["jam", "tto", "brb", "cri", "pan", "gtm", "hnd", "slv", "dom"],
} as const;
