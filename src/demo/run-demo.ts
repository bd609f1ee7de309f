/**
 * A realistic IPTV provider built through the real API and billing engine on a test clock (not by writing rows):
 * three plans monthly and annual plus an add-on, seasonal signups with a welcome promotion and trials, upgrades and
 * downgrades, payment failures and recoveries, churn whose hazard rises with low viewing and payment trouble, and
 * win-backs. Subscribers carry country, language, device and viewing hours as attributes.
 */
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import type { Worker } from '../worker/index.ts';
import { churnHazard, newSubscriber, type Plan, planMove, SEASONALITY, type Subscriber } from './profile.ts';
import { Random } from './random.ts';

export type DemoOptions = { customers: number; months: number; seed?: number; start?: string };
export type DemoProgress = (p: { month: number; months: number; customers: number; active: number }) => void;

type Member = {
  id: string;
  sub: string | null;
  item: string | null;
  profile: Subscriber;
  churnedAt: number | null;
  trouble: boolean;
  /** Decided to leave at the last monthly decision: watches little this month, cancels at the next decision. */
  leaving: boolean;
  /** Something may have changed on its own (cancel at period end, dunning, a change at renewal): read it back. */
  watch: boolean;
};

const PRICES: Record<Plan, number> = { basic: 999, standard: 1499, premium: 1999 };

export async function runDemo(
  app: FastifyInstance,
  worker: Worker,
  key: string,
  options: DemoOptions,
  progress: DemoProgress,
) {
  const r = new Random(options.seed ?? 7);
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(body !== undefined && { payload: body as object }),
    });
    // A subscription that ended on its own since we last looked (dunning) is simply churned.
    if (res.statusCode === 409 && res.json().code === 'subscription_canceled') return null;
    if (res.statusCode !== 200) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
    return res.json();
  };
  for (const [k, type] of [
    ['country', 'string'],
    ['device', 'string'],
    ['viewing_hours', 'number'],
  ] as const) {
    await call('POST', '/v1/attribute_definitions', { key: k, type });
  }
  const prices = await catalog(call);
  const coupon = await call('POST', '/v1/coupons', { percent_off: 50, duration: 'once', name: 'Welcome' });
  await call('POST', '/v1/promotion_codes', { coupon: coupon.id, code: 'WELCOME50' });
  const start = Temporal.Instant.from(options.start ?? '2024-01-01T09:00:00Z');
  const clock = (await call('POST', '/v1/test_clocks', { frozen_time: start.epochMilliseconds / 1000, name: 'demo' }))
    .id;
  const members: Member[] = [];
  const perMonth = options.customers / options.months;
  let day = 0;
  for (let month = 0; month < options.months; month++) {
    const date = start.toZonedDateTimeISO('UTC').add({ months: month });
    const signups = Math.round(perMonth * (SEASONALITY[date.month - 1] ?? 1));
    const days = date.daysInMonth;
    for (let d = 0; d < days; d++, day++) {
      const at = start.toZonedDateTimeISO('UTC').add({ days: day }).toInstant();
      if (day > 0) {
        await call('POST', `/v1/test_clocks/${clock}/advance`, { frozen_time: at.epochMilliseconds / 1000 });
        await worker.drain();
      }
      const today = Math.round(((d + 1) * signups) / days) - Math.round((d * signups) / days);
      for (let i = 0; i < today; i++) members.push(await signUp(call, r, clock, prices));
      await recordViewing(call, r, members, at);
      if (d === 14) await monthlyDecisions(call, r, members, prices, month);
    }
    progress({
      month: month + 1,
      months: options.months,
      customers: members.length,
      active: members.filter((m) => m.churnedAt === null).length,
    });
  }
  return { clock, customers: members.length, active: members.filter((m) => m.churnedAt === null).length };
}

// biome-ignore lint/suspicious/noExplicitAny: API answers are JSON read field by field, like a client script would
type Call = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<any>;
type Prices = { monthly: Record<Plan, string>; annual: Record<Plan, string>; addOn: string };

async function catalog(call: Call): Promise<Prices> {
  const monthly = {} as Record<Plan, string>;
  const annual = {} as Record<Plan, string>;
  for (const plan of ['basic', 'standard', 'premium'] as const) {
    const product = await call('POST', '/v1/products', { name: `${plan[0]!.toUpperCase()}${plan.slice(1)} IPTV` });
    const base = { product: product.id, currency: 'usd' };
    monthly[plan] = (
      await call('POST', '/v1/prices', {
        ...base,
        unit_amount: PRICES[plan],
        recurring: { interval: 'month' },
        lookup_key: `${plan}_monthly`,
      })
    ).id;
    annual[plan] = (
      await call('POST', '/v1/prices', {
        ...base,
        unit_amount: PRICES[plan] * 10,
        recurring: { interval: 'year' },
        lookup_key: `${plan}_annual`,
      })
    ).id;
  }
  const sports = await call('POST', '/v1/products', { name: 'Sports pack' });
  const addOn = (
    await call('POST', '/v1/prices', {
      product: sports.id,
      currency: 'usd',
      unit_amount: 499,
      recurring: { interval: 'month' },
    })
  ).id;
  return { monthly, annual, addOn };
}

async function signUp(call: Call, r: Random, clock: string, prices: Prices): Promise<Member> {
  const p = newSubscriber(r);
  const customer = await call('POST', '/v1/customers', {
    name: `Subscriber ${r.int(1000, 999999)}`,
    email: `s${r.int(1, 1e9)}@example.com`,
    locale: p.locale,
    test_clock: clock,
    address: { country: p.country },
    attributes: { country: p.country, device: p.device, viewing_hours: p.viewingHours },
  });
  await call('POST', '/v1/payment_methods', { customer: customer.id, token: p.token });
  const member: Member = {
    id: customer.id,
    sub: null,
    item: null,
    profile: p,
    churnedAt: null,
    trouble: p.token !== 'tok_visa',
    leaving: false,
    watch: p.token !== 'tok_visa',
  };
  await subscribe(call, member, prices, r.chance(0.2) ? 'WELCOME50' : undefined);
  return member;
}

async function subscribe(call: Call, m: Member, prices: Prices, promo?: string, previous?: string) {
  const p = m.profile;
  const items = [{ price: (p.annual ? prices.annual : prices.monthly)[p.plan] }];
  if (p.addOn && !p.annual) items.push({ price: prices.addOn });
  const sub = await call('POST', '/v1/subscriptions', {
    customer: m.id,
    items,
    ...(p.trial && !previous && { trial_period_days: 7 }),
    ...(promo && { promotion_code: promo }),
    ...(previous && { previous_subscription: previous }),
  });
  m.sub = sub.id;
  m.item = sub.items.data[0].id;
  m.churnedAt = null;
  m.leaving = false;
  m.watch = m.profile.token !== 'tok_visa';
}

/** Mid-month: some cancel (at period end), some move plan, some of the churned come back. */
async function monthlyDecisions(call: Call, r: Random, members: Member[], prices: Prices, month: number) {
  for (const m of members) {
    if (m.churnedAt !== null) {
      if (month - m.churnedAt >= 2 && m.profile.viewingHours > 20 && r.chance(0.08)) {
        m.profile.token = 'tok_visa';
        await call('POST', '/v1/payment_methods', { customer: m.id, token: 'tok_visa', set_default: true });
        await subscribe(call, m, prices, undefined, m.sub ?? undefined);
      }
      continue;
    }
    if (m.watch) {
      const sub = await call('GET', `/v1/subscriptions/${m.sub}`);
      if (sub.status === 'canceled') {
        m.churnedAt = month;
        continue;
      }
      if (sub.cancel_at_period_end || sub.pending_update) continue;
      // A change applied at a renewal gives the item a new id.
      m.item = sub.items.data[0].id;
      m.watch = m.profile.token !== 'tok_visa';
    }
    // Leaving is decided a month before the cancellation, and shows first in the viewing (as the seeds describe).
    if (!m.leaving && r.chance(churnHazard(m.profile, m.trouble))) {
      m.leaving = true;
      continue;
    }
    if (m.leaving) {
      await call('POST', `/v1/subscriptions/${m.sub}`, {
        cancel_at_period_end: true,
        cancellation_details: {
          feedback:
            m.profile.viewingHours < 15
              ? 'unused'
              : r.pick([
                  ['too_expensive', 2],
                  ['switched_service', 1],
                ]),
        },
      });
      // Read back at the next decision: it ends at period end, and only then is it churned (and may come back).
      m.watch = true;
      continue;
    }
    const move = m.profile.annual ? null : planMove(m.profile, r);
    if (move) {
      const upgrade = PRICES[move] > PRICES[m.profile.plan];
      const moved = await call('POST', `/v1/subscriptions/${m.sub}`, {
        items: [{ id: m.item, price: prices.monthly[move] }],
        ...(upgrade ? { proration_behavior: 'create_prorations' } : { change_at: 'period_end' }),
      });
      if (!moved) {
        m.churnedAt = month;
        continue;
      }
      m.profile.plan = move;
      m.watch = !upgrade;
    }
  }
}

/**
 * A day of viewing through the engagement API, one event per subscriber who watched: how often and how long follow
 * their usual monthly hours; a subscriber who has decided to leave mostly stops watching.
 */
async function recordViewing(call: Call, r: Random, members: Member[], at: Temporal.Instant) {
  const day = Math.floor(at.epochMilliseconds / 86_400_000);
  const events = [];
  for (const m of members) {
    if (m.churnedAt !== null || m.sub === null) continue;
    const usual = Math.min(0.9, 0.2 + m.profile.viewingHours / 100);
    if (!r.chance(m.leaving ? usual * 0.15 : usual)) continue;
    const minutes = ((m.profile.viewingHours * 60) / 30 / usual) * (0.5 + r.next());
    events.push({
      id: `${m.id}_${day}`,
      type: 'viewing',
      customer: m.id,
      content_id: 'live',
      content_kind: 'live',
      device_type: m.profile.device,
      started_at: Math.floor(at.epochMilliseconds / 1000) - r.int(0, 3600 * 8),
      seconds_watched: Math.round(minutes * 60),
    });
  }
  if (events.length > 0) await call('POST', '/v1/engagement_events', { events });
}
