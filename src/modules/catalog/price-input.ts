import type { PackageSpec, Tier } from '../../db/schema/catalog.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { invalid } from '../../kernel/errors.ts';
import { type PricingInput, validatePricing } from './core/pricing/index.ts';

export type PricingFields = {
  billing_scheme?: 'per_unit' | 'tiered' | 'package';
  unit_amount?: number;
  unit_amount_decimal?: string;
  tiers_mode?: 'graduated' | 'volume';
  tiers?: Tier[];
  package?: { package_size: number; amount: number; free_units?: number };
};

export type PriceInput = PricingFields & {
  currency: string;
  product?: string;
  product_data?: { name: string; description?: string; metadata?: Record<string, string> };
  recurring?: {
    interval: 'day' | 'week' | 'month' | 'year';
    interval_count?: number;
    usage_type?: 'licensed' | 'metered';
    aggregate_usage?: 'sum' | 'count' | 'max' | 'unique_count' | 'last';
  };
  trial_period_days?: number;
  tax_behavior?: 'inclusive' | 'exclusive' | 'unspecified';
  lookup_key?: string;
  transfer_lookup_key?: boolean;
  nickname?: string;
  active?: boolean;
  metadata?: Record<string, string | null>;
};

// Stripe's limit: a recurring interval is at most one year (e.g. 12 months, 52 weeks, 365 days).
const MAX_COUNT = { day: 365, week: 52, month: 12, year: 1 } as const;

function scheme(input: PricingFields): 'per_unit' | 'tiered' | 'package' {
  // tiers_mode alone also means tiered, so its error names the missing tiers rather than unit_amount.
  return input.billing_scheme ?? (input.tiers || input.tiers_mode ? 'tiered' : input.package ? 'package' : 'per_unit');
}

/** The pricing core's view of the input; its validation names the offending field in `param`. */
function pricingCoreInput(input: PricingFields): PricingInput {
  const s = scheme(input);
  if (s === 'tiered') {
    if (!input.tiers_mode)
      throw invalid('parameter_missing', 'A tiered price needs tiers_mode (graduated or volume)', 'tiers_mode');
    if (!input.tiers?.length) throw invalid('parameter_missing', 'A tiered price needs tiers', 'tiers');
    return { billing_scheme: 'tiered', tiers_mode: input.tiers_mode, tiers: input.tiers as never };
  }
  if (s === 'package') {
    if (!input.package) throw invalid('parameter_missing', 'A package price needs package', 'package');
    return { billing_scheme: 'package', package: input.package };
  }
  if (input.unit_amount === undefined && input.unit_amount_decimal === undefined) {
    throw invalid('parameter_missing', 'A per-unit price needs unit_amount or unit_amount_decimal', 'unit_amount');
  }
  return {
    billing_scheme: 'per_unit',
    ...(input.unit_amount !== undefined && { unit_amount: input.unit_amount }),
    ...(input.unit_amount_decimal !== undefined && { unit_amount_decimal: input.unit_amount_decimal }),
  };
}

function checkRecurring(input: PriceInput): void {
  const r = input.recurring;
  if (!r) {
    if (input.trial_period_days !== undefined)
      throw invalid('parameter_invalid', 'trial_period_days needs a recurring price', 'trial_period_days');
    return;
  }
  if ((r.interval_count ?? 1) > MAX_COUNT[r.interval]) {
    throw invalid(
      'parameter_invalid',
      `A billing interval is at most one year (${MAX_COUNT[r.interval]} ${r.interval}s)`,
      'recurring.interval_count',
    );
  }
  if (r.aggregate_usage && r.usage_type !== 'metered') {
    throw invalid('parameter_invalid', 'aggregate_usage applies to metered prices only', 'recurring.aggregate_usage');
  }
  if (r.usage_type === 'metered' && input.trial_period_days !== undefined) {
    throw invalid('parameter_invalid', 'Metered prices bill usage in arrears and take no trial', 'trial_period_days');
  }
}

/** Validates a price's pricing and turns it into columns; shared by create and by updates of unbilled prices. */
export function pricingColumns(input: PriceInput) {
  if (!isSupportedCurrency(input.currency))
    throw invalid('currency_unsupported', `Unknown currency '${input.currency}'`, 'currency');
  const core = pricingCoreInput(input);
  validatePricing(core);
  checkRecurring(input);
  const s = scheme(input);
  const r = input.recurring;
  return {
    currency: input.currency.toLowerCase(),
    type: r ? ('recurring' as const) : ('one_time' as const),
    interval: r?.interval ?? null,
    intervalCount: r ? (r.interval_count ?? 1) : null,
    usageType: r ? (r.usage_type ?? 'licensed') : null,
    aggregateUsage: r?.usage_type === 'metered' ? (r.aggregate_usage ?? 'sum') : null,
    billingScheme: s,
    tiersMode: s === 'tiered' ? input.tiers_mode! : null,
    unitAmount: s === 'per_unit' ? (input.unit_amount ?? null) : null,
    unitAmountDecimal:
      s === 'per_unit'
        ? (input.unit_amount_decimal ?? (input.unit_amount !== undefined ? String(input.unit_amount) : null))
        : null,
    tiers: s === 'tiered' ? input.tiers! : null,
    package: s === 'package' ? ({ free_units: 0, ...input.package! } as PackageSpec) : null,
    trialPeriodDays: input.trial_period_days ?? null,
  };
}
