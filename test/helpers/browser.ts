import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { type Harness, startHarness } from './harness.ts';

// Debian's Chromium (`apt-get install -y chromium`, done by .ci/run), never a downloaded one.
const CHROMIUM = process.env.TENURE_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export type WebHarness = Harness & { url: string; browser: Browser };

/** The harness's app listening on a free port, and a browser to drive it; close() ends both. */
export async function startWebHarness(options: Parameters<typeof startHarness>[0] = {}): Promise<WebHarness> {
  const harness = await startHarness(options);
  const url = await harness.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const close = harness.close;
  return {
    ...harness,
    url,
    browser,
    async close() {
      await browser.close();
      await close();
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Violation = { id: string; impact: string; help: string; targets: string[] };

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  type Raw = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
  return (results.violations as Raw[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Fails with the violations listed, so a test names what to fix. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0)
    throw new Error(`accessibility violations on ${where}:\n${JSON.stringify(violations, null, 2)}`);
}

export type ConsoleOptions = { locale?: string; viewport?: keyof typeof VIEWPORTS };

/**
 * A console page already signed in: the key put in sessionStorage before any script runs (as the sign-in page would
 * after checking it), the language in localStorage. Each call is its own browser context; close it with the page.
 */
export async function openConsole(h: WebHarness, path: string, options: ConsoleOptions = {}): Promise<Page> {
  const context = await h.browser.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    locale: 'en-US',
    acceptDownloads: true,
  });
  await context.addInitScript(
    ([key, lang]) => {
      sessionStorage.setItem('tenure.key', key);
      localStorage.setItem('tenure.locale', lang);
    },
    [h.key, options.locale ?? 'en'] as const,
  );
  const page = await context.newPage();
  await page.goto(`${h.url}/console${path}`);
  return page;
}

/**
 * Waits until `locator` matches exactly `count` elements. Polled from the test side: the console's CSP forbids the
 * string evaluation that page.waitForFunction uses.
 */
export async function waitForCount(locator: Locator, count: number, timeoutMs = 30_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const now = await locator.count();
    if (now === count) return;
    if (performance.now() > until) throw new Error(`${locator}: ${now} elements, not ${count}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
