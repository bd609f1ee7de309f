/**
 * Who the demo IPTV provider's subscribers are, and how they behave: pure rules over a seeded random source, so the
 * shape of the data (seasonality, churn hazard, plan mix) is readable in one place and testable.
 */
import type { Random } from './random.ts';

export type Plan = 'basic' | 'standard' | 'premium';
export type Subscriber = {
  country: 'BR' | 'PT' | 'NL' | 'IR';
  locale: string;
  device: 'smart_tv' | 'android_box' | 'ios' | 'web';
  viewingHours: number;
  plan: Plan;
  annual: boolean;
  addOn: boolean;
  token: string;
  trial: boolean;
};

const LOCALE = { BR: 'pt-BR', PT: 'pt-PT', NL: 'nl', IR: 'fa' } as const;

/** Signups per month relative to the average: football season and holidays sell, mid-year is quiet. */
export const SEASONALITY = [1.3, 1.1, 1.0, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.1, 1.2, 1.4];

export function newSubscriber(r: Random): Subscriber {
  const country = r.pick([
    ['BR', 5],
    ['PT', 2],
    ['NL', 2],
    ['IR', 1],
  ] as const);
  const plan = r.pick<Plan>([
    ['basic', 5],
    ['standard', 3],
    ['premium', 2],
  ]);
  return {
    country,
    locale: LOCALE[country],
    device: r.pick([
      ['smart_tv', 4],
      ['android_box', 3],
      ['ios', 2],
      ['web', 1],
    ] as const),
    viewingHours: Math.round(r.logNormal(40, 0.8)),
    plan,
    annual: r.chance(0.15),
    addOn: plan !== 'basic' && r.chance(0.25),
    // Most cards work; some fail and recover in dunning; a few never pay.
    token: r.pick([
      ['tok_visa', 90],
      ['tok_failTwice', 6],
      ['tok_chargeDeclined', 4],
    ] as const),
    trial: r.chance(0.3),
  };
}

/**
 * Monthly probability of cancelling: a base hazard, much higher for light viewers (the seeds' "engagement"), lower
 * for annual plans, higher after payment trouble.
 */
export function churnHazard(s: Subscriber, hadPaymentTrouble: boolean): number {
  const engagement = s.viewingHours < 10 ? 2.5 : s.viewingHours < 25 ? 1.4 : s.viewingHours > 80 ? 0.6 : 1;
  const annual = s.annual ? 0.3 : 1;
  return Math.min(0.9, 0.035 * engagement * annual * (hadPaymentTrouble ? 1.8 : 1));
}

/** Monthly probability of moving plan: heavy viewers upgrade, light viewers downgrade. */
export function planMove(s: Subscriber, r: Random): Plan | null {
  if (s.viewingHours > 60 && s.plan !== 'premium' && r.chance(0.04)) return s.plan === 'basic' ? 'standard' : 'premium';
  if (s.viewingHours < 15 && s.plan !== 'basic' && r.chance(0.04)) return s.plan === 'premium' ? 'standard' : 'basic';
  return null;
}
