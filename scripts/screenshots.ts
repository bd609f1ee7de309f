import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startWebHarness, VIEWPORTS } from '../test/helpers/browser.ts';
import { billingKit } from '../test/scenarios/billing-kit.ts';
import { portalWorld } from '../test/web/portal-kit.ts';

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
const portalSide = await portalWorld(h);
const subscriber = await portalSide.subscriber('Sara');
await k.ok('POST', '/v1/lines', { subscription: subscriber.sub, username: 'sara-tv' });
await k.ok('POST', '/v1/support_tickets', {
  customer,
  subject: 'No signal on channel 7',
  message: 'Since this morning',
});
const saraTicket = await k.ok('POST', '/v1/support_tickets', {
  customer: subscriber.id,
  subject: 'Channel 5 stutters',
  message: 'Mostly in the evening',
});
await k.ok('POST', `/v1/support_tickets/${saraTicket.id}/messages`, { author: 'operator', body: 'Please restart.' });
await h.settle();
const portalPages = {
  overview: '/portal',
  plan: `/portal/subscriptions/${subscriber.sub}/plan`,
  cancel: `/portal/subscriptions/${subscriber.sub}/cancel`,
  'payment-method': '/portal/payment-method',
  invoices: '/portal/invoices',
  profile: '/portal/profile',
  lines: '/portal/lines',
  support: '/portal/support',
  ticket: `/portal/support/${saraTicket.id}`,
};

await k.ok('POST', '/v1/operators', { email: 'sam@example.com', role: 'support' });
const consolePages = {
  home: '/console',
  customers: '/console/customers',
  import: '/console/import',
  customer: `/console/customers/${customer}`,
  operators: '/console/operators',
  'audit-log': '/console/audit-log',
  setup: '/console/setup?token=example',
  invoices: '/console/invoices',
  payments: '/console/payments',
  dunning: '/console/dunning',
  segments: '/console/segments',
  catalogue: '/console/catalogue',
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
    await context.close();
    // The portal, signed in through a portal session URL (the secret is redeemed once, for this context).
    const portalContext = await h.browser.newContext({ viewport });
    await portalContext.addInitScript((lang) => localStorage.setItem('tenure.locale', lang), locale);
    const subscriberPage = await portalContext.newPage();
    const entry = new URL(await portalSide.sessionUrl(subscriber.id), h.url);
    await subscriberPage.goto(`${h.url}${entry.pathname}${entry.search}`);
    await subscriberPage.locator('main h1').first().waitFor(); // the link is redeemed, the cookie set
    for (const [name, path] of Object.entries(portalPages)) {
      await subscriberPage.goto(`${h.url}${path}`);
      await subscriberPage.locator('main h1').first().waitFor();
      await subscriberPage.waitForLoadState('networkidle');
      if (name === 'plan') await subscriberPage.getByRole('radio').last().check();
      if (name === 'plan') await subscriberPage.getByTestId('preview').waitFor();
      await subscriberPage.screenshot({ path: join(OUT, `portal-${name}-${locale}-${device}.png`), fullPage: true });
      count += 1;
    }
    await portalContext.close();
    const signIn = await (await h.browser.newContext({ viewport })).newPage();
    await signIn.addInitScript((lang) => localStorage.setItem('tenure.locale', lang), locale);
    await signIn.goto(`${h.url}/portal`);
    await signIn.locator('h1').first().waitFor();
    await signIn.screenshot({ path: join(OUT, `portal-sign-in-${locale}-${device}.png`), fullPage: true });
    await signIn.context().close();
    count += 1;
  }
}
await h.close();
process.stdout.write(`${count} screenshots in ${OUT}\n`);
