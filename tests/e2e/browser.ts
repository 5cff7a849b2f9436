import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, offline, sandbox-less headless Chromium (CI containers run as root). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Debian's chromium driven by playwright-core (no browser download), with a new empty profile.
 * Missing chromium is a failure with instructions, never a silent skip: the console's proof is here.
 */
export async function launchChromium(
  executablePath = CHROMIUM_PATH,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}. The browser tests need Debian's chromium package: run \`npm run setup\` ` +
        "(or `sudo apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.",
    );
  const userDataDir = await mkdtemp(path.join(tmpdir(), "zt-chromium-"));
  // launchPersistentContext is how Playwright takes --user-data-dir (it refuses the flag in args).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
