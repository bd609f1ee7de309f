/** The account's own settings: time zone (days are counted in it), invoice numbering and auto-advance. */

import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { hasChanges } from '../../db/changes.ts';
import { accounts } from '../../db/schema/index.ts';
import { previousAttributes, recordChange } from '../../events/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { DEFAULT_DUNNING, policyProblem, type StageAction } from '../payments/index.ts';
import { type StreamingSettings, streamingSettingsOf } from '../streams/index.ts';

export type AccountSettingsInput = {
  name?: string;
  time_zone?: string;
  default_locale?: string;
  settings?: {
    invoice_prefix?: string;
    invoice_finalize_delay_seconds?: number;
    days_until_due?: number;
    dunning?: { retry_days: number[]; stages: { after_days: number; action: StageAction }[] };
    notices?: Record<string, unknown>;
    streaming?: Partial<StreamingSettings>;
    /** MRR counting options, see modules/analytics/options.ts. */
    analytics?: {
      churn_recognition?: 'period_end' | 'billing_cancel' | 'cancellation_request';
      discount_policy?: 'all' | 'forever_only';
      past_due_churn_after_days?: number | null;
      reporting_currency?: string | null;
    };
  };
};

type AccountRow = typeof accounts.$inferSelect;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Settings are merged key by key into nested objects (Stripe's hashes), so `{analytics: {reporting_currency}}`
 * keeps the other analytics options; arrays and scalars replace. dunning is replaced whole: its retries and stages
 * are one policy, validated together.
 */
function mergeSettings(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] =
      key !== 'dunning' && isPlainObject(value) && isPlainObject(base[key]) ? mergeSettings(base[key], value) : value;
  }
  return out;
}

function present(row: AccountRow) {
  const s = row.settings as Record<string, unknown>;
  return {
    id: row.id,
    object: 'account' as const,
    created: toUnix(row.created),
    name: row.name,
    time_zone: row.timeZone,
    default_locale: row.defaultLocale,
    settings: {
      invoice_prefix: (s.invoice_prefix as string) ?? 'INV',
      invoice_finalize_delay_seconds: (s.invoice_finalize_delay_seconds as number) ?? 3600,
      days_until_due: (s.days_until_due as number) ?? 30,
      analytics: {
        churn_recognition:
          (s.analytics as { churn_recognition?: string } | undefined)?.churn_recognition ?? 'period_end',
        discount_policy: (s.analytics as { discount_policy?: string } | undefined)?.discount_policy ?? 'all',
        past_due_churn_after_days:
          (s.analytics as { past_due_churn_after_days?: number | null } | undefined)?.past_due_churn_after_days ?? null,
        reporting_currency:
          (s.analytics as { reporting_currency?: string | null } | undefined)?.reporting_currency ?? null,
      },
      dunning: (s.dunning as object) ?? {
        retry_days: DEFAULT_DUNNING.retryDays,
        stages: DEFAULT_DUNNING.stages.map((x) => ({ after_days: x.afterDays, action: x.action })),
      },
      notices: (s.notices as object) ?? {},
      streaming: streamingSettingsOf(s),
    },
  };
}

async function find(ctx: AppContext, accountId: string): Promise<AccountRow> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!row) throw notFound('account', accountId);
  return row;
}

export async function getAccount(ctx: AppContext, accountId: string) {
  return present(await find(ctx, accountId));
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export async function updateAccount(ctx: AppContext, actor: Actor, input: AccountSettingsInput) {
  const row = await find(ctx, actor.accountId);
  if (input.time_zone !== undefined && !validTimeZone(input.time_zone)) {
    throw invalid('parameter_invalid', `'${input.time_zone}' is not an IANA time zone`, 'time_zone');
  }
  const reporting = input.settings?.analytics?.reporting_currency;
  if (reporting && !isSupportedCurrency(reporting)) {
    throw invalid('currency_unsupported', `Unsupported currency ${reporting}`, 'settings.analytics.reporting_currency');
  }
  const dunning = input.settings?.dunning;
  if (dunning) {
    const stages = dunning.stages.map((x) => ({ afterDays: x.after_days, action: x.action }));
    const problem = policyProblem({ retryDays: dunning.retry_days, stages });
    if (problem) throw invalid('parameter_invalid', problem.message, `settings.${problem.param}`);
  }
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.time_zone !== undefined && { timeZone: input.time_zone }),
    ...(input.default_locale !== undefined && { defaultLocale: input.default_locale }),
    ...(input.settings && { settings: mergeSettings(row.settings as Record<string, unknown>, input.settings) }),
  };
  const [updated] = hasChanges(changes)
    ? await ctx.db.update(accounts).set(changes).where(eq(accounts.id, actor.accountId)).returning()
    : [row];
  const object = present(updated!);
  await recordChange(ctx.db, actor, {
    type: 'account.updated',
    object,
    previousAttributes: previousAttributes(present(row), object),
    at: ctx.clock.now(),
  });
  return object;
}
