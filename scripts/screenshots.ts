import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startWebHarness, VIEWPORTS } from '../test/helpers/browser.ts';
import { billingKit } from '../test/scenarios/billing-kit.ts';

// Screenshots of every console and portal page, desktop and phone, in each language, into .scratch/screenshots
// (git-ignored), to be looked at before a page is called done: `npm run screenshots`.
const OUT = join(import.meta.dirname, '../.scratch/screenshots');
const LOCALES = ['en', 'pt-BR', 'nl', 'fa'] as const;

const h = await startWebHarness();
const k = billingKit(h);
const gold = await k.monthly(2500, { nickname: 'Gold' });
const customer = (await k.ok('POST', '/v1/customers', { name: 'Marta Lima', email: 'marta@example.com' })).id;
await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: gold }] });
await k.ok('POST', '/v1/support_tickets', {
  customer,
  subject: 'No signal on channel 7',
  message: 'Since this morning',
});
await h.settle();

const consolePages = {
  home: '/console',
  customers: '/console/customers',
  customer: `/console/customers/${customer}`,
  support: '/console/support',
};
mkdirSync(OUT, { recursive: true });
let count = 0;
for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const locale of LOCALES) {
    const context = await h.browser.newContext({ viewport });
    await context.addInitScript(
      ([key, lang]) => {
        sessionStorage.setItem('tenure.key', key);
        localStorage.setItem('tenure.locale', lang);
      },
      [h.key, locale] as const,
    );
    const page = await context.newPage();
    for (const [name, path] of Object.entries(consolePages)) {
      await page.goto(`${h.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(OUT, `console-${name}-${locale}-${device}.png`), fullPage: true });
      count += 1;
    }
    await page.goto(`${h.url}/portal`);
    await page.locator('h1').first().waitFor();
    await page.screenshot({ path: join(OUT, `portal-home-${locale}-${device}.png`), fullPage: true });
    count += 1;
    await context.close();
  }
}
await h.close();
process.stdout.write(`${count} screenshots in ${OUT}\n`);
