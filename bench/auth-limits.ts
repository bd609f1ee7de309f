/**
 * What the failed-authentication limit costs. The authenticated hot path (a key already in the cache) is timed
 * with the authenticator built with the limits and without them, in alternating rounds; then one limiter check
 * (the extra work of an uncached or wrong key, before its database look-up) and one failure count.
 *   node bench/auth-limits.ts [--calls 1000000] [--rounds 5]
 */
import { parseArgs } from 'node:util';
import type { FastifyRequest } from 'fastify';
import { migrate, openDatabase } from '../src/db/index.ts';
import { createAbuseLimits } from '../src/http/abuse/abuse-limits.ts';
import { AddressLimiter } from '../src/http/abuse/address-limiter.ts';
import { createAuthenticator } from '../src/http/auth.ts';
import { systemClock } from '../src/kernel/clock.ts';
import { bootstrapDefaultAccount } from '../src/modules/accounts/index.ts';

const { values } = parseArgs({
  options: { calls: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '5' } },
});
const calls = Number(values.calls);
const rounds = Number(values.rounds);

const database = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
await migrate(database);
const ctx = { db: database.db, engine: database.engine, clock: systemClock };
const key = (await bootstrapDefaultAccount(ctx.db, ctx.clock.now())).issuedKey!.secret;
const request = () => ({ headers: { authorization: `Bearer ${key}` }, ip: '203.0.113.7' }) as unknown as FastifyRequest;
const without = createAuthenticator(ctx);
const withLimits = createAuthenticator(ctx, createAbuseLimits());
await without(request()); // the first call looks the key up and caches it
await withLimits(request());

function nsPerCall(authenticate: typeof without): number {
  const req = request();
  const start = performance.now();
  for (let i = 0; i < calls; i++) if (authenticate(req) !== undefined) throw new Error('not a cache hit');
  return ((performance.now() - start) * 1e6) / calls;
}

const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first: the second loop of a round runs after the first one's garbage.
  let a: number;
  let b: number;
  if (round % 2 === 0) {
    a = nsPerCall(without);
    b = nsPerCall(withLimits);
  } else {
    b = nsPerCall(withLimits);
    a = nsPerCall(without);
  }
  ratios.push(b / a);
  console.log(
    `round ${round + 1}: cached key ${a.toFixed(0)} ns without limits, ${b.toFixed(0)} ns with  (${(b / a).toFixed(2)}×)`,
  );
}
ratios.sort((x, y) => x - y);
console.log(`median ratio with/without limits on the hot path: ${ratios[Math.floor(rounds / 2)]!.toFixed(2)}×`);

const limiter = new AddressLimiter({ max: 20, windowMs: 60_000, maxAddresses: 100_000 });
const n = 1_000_000;
for (const address of ['203.0.113.7', '2001:db8:1:2::7']) {
  const t = performance.now();
  for (let i = 0; i < n; i++) limiter.retryAfter(address, i);
  console.log(`limiter check, ${address}: ${(((performance.now() - t) * 1e6) / n).toFixed(0)} ns`);
}
const t = performance.now();
for (let i = 0; i < n; i++) limiter.hit(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 0);
const each = (((performance.now() - t) * 1e6) / n).toFixed(0);
console.log(
  `failure count from 1,000,000 distinct addresses: ${each} ns each, ${limiter.size} windows kept (bound 100,000)`,
);
await database.close();
