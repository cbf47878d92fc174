import { chromium } from "@playwright/test";
import { jpegWithGps, minimalPdf, REFUSED_FILES } from "@/tests/evidence-files";

const BASE = "http://localhost:3901";
const actionId = process.argv[2]!;
void (async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  // Sign in through the form, as a person would.
  await page.goto("/login");
  await page.getByLabel("Email").fill("demo-editor@example.org");
  await page.getByLabel("Password").fill("demo-editor-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/editor/);
  await page.goto(`/editor/signatures/${actionId}`);
  await page.locator("#evidence").scrollIntoViewIfNeeded();
  await page.locator("#evidence").screenshot({ path: "/tmp/shot-1-empty.png" });

  // Keyboard: tab to the file input is possible; choose the file and fill the rest.
  await page.getByLabel("Evidence document", { exact: true }).setInputFiles({ name: "Signed page - Philippines.pdf", mimeType: "application/pdf", buffer: minimalPdf("Signed page") });
  await page.getByLabel("Kind of document").selectOption("signed_instrument");
  await page.getByRole("radio", { name: "Public" }).check();
  // A slow connection, to see the progress shown while the file uploads.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 1500, downloadThroughput: 50_000, uploadThroughput: 2_000 });
  await page.getByRole("button", { name: "Attach document" }).click();
  await page.getByText(/Uploading Signed page - Philippines\.pdf/).waitFor();
  await page.locator("#evidence").screenshot({ path: "/tmp/shot-2-progress.png" });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.getByText("Attached Signed page - Philippines.pdf.").waitFor({ timeout: 60_000 });

  await page.getByLabel("Evidence document", { exact: true }).setInputFiles({ name: "IMG_0042.JPG", mimeType: "image/jpeg", buffer: jpegWithGps() });
  await page.getByLabel("Kind of document").selectOption("note_verbale");
  await page.getByRole("radio", { name: "Restricted" }).check();
  await page.getByRole("button", { name: "Attach document" }).click();
  await page.getByText("Attached IMG_0042.jpg.").waitFor();

  await page.getByLabel("Evidence document", { exact: true }).setInputFiles({ name: "note-verbale.pdf", mimeType: "application/pdf", buffer: REFUSED_FILES.html });
  await page.getByRole("radio", { name: "Public" }).check();
  await page.getByRole("button", { name: "Attach document" }).click();
  await page.getByText("The document was not attached: nothing was stored.").waitFor();
  await page.locator("#evidence").screenshot({ path: "/tmp/shot-3-list-and-refusal.png" });

  await page.getByLabel("Verification level").selectOption("depositary");
  await page.getByLabel("Reason for the correction").fill("Checked against the signed page");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Saved.").first().waitFor();

  const visitor = await browser.newContext({ baseURL: BASE, viewport: { width: 1100, height: 1400 } });
  const publicPage = await visitor.newPage();
  await publicPage.goto("/signatories/phl");
  await publicPage.locator("section[aria-labelledby=actions-heading]").screenshot({ path: "/tmp/shot-4-public.png" });
  await publicPage.locator("section[aria-labelledby=history-heading]").screenshot({ path: "/tmp/shot-5-history.png" });
  const href = await publicPage.getByTestId("evidence-documents").getByRole("link").first().getAttribute("href");
  console.log(href);
  await browser.close();
})();
