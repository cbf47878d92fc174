// npm run db:migrate — applies committed migrations to DATABASE_URL.
import { applyMigrations } from "./prepare-database";

applyMigrations();
console.log("Migrations applied.");
