import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/scripts/prepare-database";

// Migrating takes a second or two; every test database is a copy of this one migrated template.
export default function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "signatory-tests-"));
  const templatePath = join(folder, "template.db");
  applyMigrations(`file:${templatePath}`);
  project.provide("templateDatabasePath", templatePath);
  return () => rmSync(folder, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabasePath: string;
  }
}
