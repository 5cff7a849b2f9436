import type { BrowserContext, Page } from "playwright-core";
import type { App } from "../../src/http/app.js";
import { launchChromium } from "../e2e/browser.js";
import { TEST_PASSWORD } from "./staff-session.js";

export interface ConsoleBrowser {
  /** `http://127.0.0.1:<port>` of the listening app. */
  base: string;
  context: BrowserContext;
  /** A new page of this profile, signed in to the console as `username`. */
  openAs(username: string, options?: SignInOptions): Promise<Page>;
  /** Signs in on an open page of this profile. */
  signIn(page: Page, username: string, options?: SignInOptions): Promise<void>;
  /** A second browser profile (a colleague at another desk, with their own cookie jar). */
  otherProfile(): Promise<BrowserContext>;
  /** Closes every profile and the app (not the test environment). */
  close(): Promise<void>;
}

export interface SignInOptions {
  /**
   * Open the login page directly instead of letting the console redirect there: needed when the
   * profile already holds a session (the console would not redirect).
   */
  direct?: boolean;
  /** Drop the profile's cookies first: one profile shared by several staff, each from a clean slate. */
  fresh?: boolean;
  password?: string;
}

export interface ConsoleBrowserOptions {
  /** A port chosen beforehand (when config must name the app's URL before it listens); 0 = any. */
  port?: number;
  /** A step that hangs fails with its own message well before the test's timeout. */
  defaultTimeoutMs?: number;
}

/** Serves the app on a local port and opens a headless Chromium profile pointed at it. */
export async function startConsoleBrowser(
  app: App,
  options: ConsoleBrowserOptions = {},
): Promise<ConsoleBrowser> {
  const timeout = options.defaultTimeoutMs ?? 8_000;
  await app.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  const browsers: Awaited<ReturnType<typeof launchChromium>>[] = [];
  const open = async () => {
    const b = await launchChromium();
    b.context.setDefaultTimeout(timeout);
    browsers.push(b);
    return b.context;
  };
  const context = await open();
  const signIn = (page: Page, username: string, o: SignInOptions = {}) =>
    signInToConsole(page, base, username, o);
  return {
    base,
    context,
    signIn,
    async openAs(username, o) {
      const page = await context.newPage();
      await signIn(page, username, o);
      return page;
    },
    otherProfile: open,
    async close() {
      for (const b of browsers.splice(0)) await b.close();
      await app.close();
    },
  };
}

/** The console's sign-in form, as a person fills it in. */
export async function signInToConsole(page: Page, base: string, username: string, o: SignInOptions = {}) {
  if (o.fresh) await page.context().clearCookies();
  if (o.direct) {
    await page.goto(`${base}/console/login.html`);
  } else {
    await page.goto(`${base}/`);
    await page.waitForURL(/login\.html/);
  }
  await page.fill("#username", username);
  await page.fill("#password", o.password ?? TEST_PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/console\/(#.*)?$/);
}
