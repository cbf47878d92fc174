// Shared by playwright.config.ts and the tests: the e2e server's port, database and first admin.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_URL = "file:./data/e2e.db";
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-123" };
