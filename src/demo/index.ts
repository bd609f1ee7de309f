/** `tenure demo`: a fresh account filled with a realistic IPTV provider, through the real API on a test clock. */
import type { AppContext } from '../context.ts';
import { billingDueSources } from '../flows/billing/index.ts';
import { collectionDueSources } from '../flows/collection/index.ts';
import { buildApp } from '../http/app.ts';
import { createAccount, createApiKey } from '../modules/accounts/index.ts';
import { analyticsDueWork } from '../modules/analytics/index.ts';
import { Worker } from '../worker/index.ts';
import { type DemoOptions, runDemo } from './run-demo.ts';

export type { DemoOptions } from './run-demo.ts';

function bar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

/** Builds the demo account; progress goes to `out` (a TTY gets one updating line). */
export async function buildDemo(ctx: AppContext, options: DemoOptions, out: NodeJS.WriteStream = process.stderr) {
  const account = await createAccount(ctx.db, ctx.clock.now(), { name: 'Demo IPTV' });
  const key = await createApiKey(ctx.db, account.id, ctx.clock.now(), { name: 'demo' });
  // Billing, collection and analytics: the demo's subscribers get no e-mails or webhooks (nobody would read them).
  const sources = [...billingDueSources(), ...collectionDueSources(), analyticsDueWork()];
  const worker = new Worker(ctx, sources, { pollMs: 1000 });
  const app = await buildApp(ctx, { worker });
  const started = performance.now();
  try {
    const result = await runDemo(app, worker, key.secret, options, (p) => {
      const line = `${bar(p.month, p.months)} month ${p.month}/${p.months} · ${p.customers} subscribers, ${p.active} active · ${((performance.now() - started) / 1000).toFixed(0)} s`;
      out.write(out.isTTY ? `\r${line}` : `${line}\n`);
    });
    if (out.isTTY) out.write('\n');
    return { ...result, accountId: account.id, key: key.secret };
  } finally {
    await worker.stop();
    await app.close();
  }
}
