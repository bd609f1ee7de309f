/**
 * What Stripe's wire format costs over JSON: parsing and typing a form-encoded subscription-create body (as Stripe's
 * SDK sends it) against its route schema, beside JSON.parse of the same body. Pure CPU, no HTTP; prints the time per
 * body and the ratio, as the median of rounds.
 *
 *   node bench/form-body.ts [--rounds 7] [--iterations 50000]
 */
import { parseArgs } from 'node:util';
import { coerceFormValue } from '../src/http/form-values.ts';
import { parseQuery } from '../src/http/querystring.ts';
import { createSubscriptionBody } from '../src/http/schemas/billing.ts';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, iterations: { type: 'string', default: '50000' } },
});
const ROUNDS = Number(args.rounds);
const ITERATIONS = Number(args.iterations);

const body = {
  customer: 'cus_0mxc7dnwpqk5o48dfq9af12',
  items: [
    { price: 'price_0mxc7dokt9fl0xtdtqu5xlz', quantity: 2, metadata: { seat: 'tv' } },
    { price: 'price_0mxc7dooh38fruom8kkb9wy', quantity: 1 },
  ],
  trial_period_days: 14,
  cancel_at_period_end: false,
  default_tax_rates: ['txr_1', 'txr_2'],
  metadata: { source: 'sdk', campaign: 'spring' },
};
const json = JSON.stringify(body);
const form =
  'customer=cus_0mxc7dnwpqk5o48dfq9af12&items[0][price]=price_0mxc7dokt9fl0xtdtqu5xlz&items[0][quantity]=2' +
  '&items[0][metadata][seat]=tv&items[1][price]=price_0mxc7dooh38fruom8kkb9wy&items[1][quantity]=1' +
  '&trial_period_days=14&cancel_at_period_end=false&default_tax_rates[0]=txr_1&default_tax_rates[1]=txr_2' +
  '&metadata[source]=sdk&metadata[campaign]=spring';
const resolve = () => undefined;

// The same object either way, or the comparison means nothing.
const typed = coerceFormValue(parseQuery(form) as never, createSubscriptionBody, resolve);
if (JSON.stringify(typed) !== json) throw new Error(`form and JSON differ:\n${JSON.stringify(typed)}\n${json}`);

function time(work: () => unknown): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) work();
  return Number(process.hrtime.bigint() - started) / ITERATIONS;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const jsonNs: number[] = [];
const formNs: number[] = [];
const parseNs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  jsonNs.push(time(() => JSON.parse(json)));
  formNs.push(time(() => coerceFormValue(parseQuery(form) as never, createSubscriptionBody, resolve)));
  parseNs.push(time(() => parseQuery(form)));
}
const [j, f, p] = [median(jsonNs), median(formNs), median(parseNs)];
console.log(`subscription-create body, ${ITERATIONS} × ${ROUNDS} rounds (median)`);
console.log(`  JSON.parse                      ${(j / 1000).toFixed(2)} µs`);
console.log(`  form: parseQuery + schema types ${(f / 1000).toFixed(2)} µs`);
console.log(`    of which parseQuery            ${(p / 1000).toFixed(2)} µs (${((p / f) * 100).toFixed(0)}%)`);
console.log(`  ratio form / JSON               ${(f / j).toFixed(1)}×`);
