// Starts the system Chromium for the browser checks. Nothing is ever downloaded:
// a missing browser is an error that says how to install it.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

// The flags every run uses (Lighthouse gets the same ones in scripts/lighthouse.sh).
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// launch() gives every run a fresh, temporary user-data-dir.
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}: run ./test.sh, which installs it.`);
    process.exit(2);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
