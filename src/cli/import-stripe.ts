/** `tenure import stripe`: the CLI face of flows/stripe-import (progress bar, dry run, report). */
import type { AppContext } from '../context.ts';
import { IMPORT_KINDS, type ImportKind, type ImportReport, importStripe } from '../flows/stripe-import/index.ts';
import { bootstrapDefaultAccount } from '../modules/accounts/index.ts';
import { registerStripeGateway } from '../modules/payments/index.ts';

export type ImportArgs = {
  apiKey: string;
  account?: string | undefined;
  dryRun: boolean;
  testClock?: string | undefined;
  /** A local Stripe-compatible server (tests, rehearsals); unset, api.stripe.com. */
  stripeHost?: string | undefined;
  stripePort?: number | undefined;
  stripeProtocol?: 'http' | 'https' | undefined;
};

function bar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

/** The report as the command prints it: one line per kind, then each object that could not be imported. */
export function formatReport(report: ImportReport): string {
  const head = report.dry_run ? 'Dry run: nothing was written. Would import:' : 'Imported:';
  const rows = IMPORT_KINDS.map((kind) => {
    const c = report.counts[kind];
    return `  ${kind.padEnd(15)} ${String(c.created).padStart(7)} new ${String(c.existing).padStart(7)} already imported ${String(c.skipped).padStart(5)} skipped`;
  });
  const problems = report.problems.map((p) => `  ${p.object} ${p.stripe_id}: ${p.message}`);
  return [head, ...rows, ...(problems.length ? ['Not imported:', ...problems] : [])].join('\n');
}

export async function runStripeImport(ctx: AppContext, args: ImportArgs, out: NodeJS.WriteStream = process.stderr) {
  const { default: Stripe } = await import('stripe');
  const where = {
    ...(args.stripeHost && { host: args.stripeHost }),
    ...(args.stripePort && { port: args.stripePort }),
    ...(args.stripeProtocol && { protocol: args.stripeProtocol }),
  };
  const stripe = new Stripe(args.apiKey, where);
  // Payment methods come over as `stripe` gateway tokens, checked with the same key.
  await registerStripeGateway({ secretKey: args.apiKey, ...where });
  const accountId = args.account ?? (await bootstrapDefaultAccount(ctx.db, ctx.clock.now())).account.id;
  const onProgress = (kind: ImportKind, done: number, total: number) => {
    const line = `${bar(done, total)} ${kind} ${done}/${total}`;
    if (out.isTTY) out.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total) out.write(`${line}\n`);
  };
  return importStripe(ctx, accountId, stripe, { dryRun: args.dryRun, testClock: args.testClock, onProgress });
}
