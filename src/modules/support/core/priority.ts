/**
 * Ticket priority from the account's rules: each rule names a priority and the conditions a customer must all meet
 * (entitlement, plan, segment, value, churn risk); the first rule that matches wins, and without a match a ticket
 * is `normal`. Pure: the shell gathers the customer's facts at the ticket's instant.
 */
import type { TicketPriority } from '../../../db/schema/support.ts';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const satisfies readonly TicketPriority[];
export const DEFAULT_PRIORITY: TicketPriority = 'normal';
export type ChurnBand = 'high' | 'medium' | 'low';

/** Every condition given must hold; a rule with none matches every customer (a catch-all at the end). */
export type PriorityConditions = {
  /** An entitlement the customer holds now (true, or a non-empty value), e.g. `priority_support`. */
  entitlement?: string;
  /** A live subscription on one of these prices (the plan). */
  prices?: string[];
  /** … or on a price of one of these products (the tier). */
  products?: string[];
  /** A member of this segment. */
  segment?: string;
  /** Value: MRR at least this many minor units. */
  mrr_gte?: number;
  /** Churn risk band from the last training. */
  churn_risk?: ChurnBand[];
};

export type PriorityRule = { name: string; priority: TicketPriority; conditions: PriorityConditions };

export type CustomerSupportFacts = {
  entitlements: Record<string, unknown>;
  prices: readonly string[];
  products: readonly string[];
  segments: readonly string[];
  mrr: number;
  churnBand: ChurnBand | null;
};

export type PriorityChoice = { priority: TicketPriority; rule: string | null };

const held = (value: unknown) =>
  value === true || (typeof value === 'number' && value > 0) || (Array.isArray(value) && value.length > 0);

const overlaps = (wanted: readonly string[] | undefined, have: readonly string[]) =>
  wanted === undefined || wanted.some((w) => have.includes(w));

/** Whether a customer meets every condition of a rule. */
export function ruleMatches(conditions: PriorityConditions, facts: CustomerSupportFacts): boolean {
  if (conditions.entitlement !== undefined && !held(facts.entitlements[conditions.entitlement])) return false;
  if (!overlaps(conditions.prices, facts.prices) || !overlaps(conditions.products, facts.products)) return false;
  if (conditions.segment !== undefined && !facts.segments.includes(conditions.segment)) return false;
  if (conditions.mrr_gte !== undefined && facts.mrr < conditions.mrr_gte) return false;
  if (
    conditions.churn_risk !== undefined &&
    (facts.churnBand === null || !conditions.churn_risk.includes(facts.churnBand))
  )
    return false;
  return true;
}

/** The first matching rule's priority, else the default. */
export function choosePriority(rules: readonly PriorityRule[], facts: CustomerSupportFacts): PriorityChoice {
  const rule = rules.find((r) => ruleMatches(r.conditions, facts));
  return rule ? { priority: rule.priority, rule: rule.name } : { priority: DEFAULT_PRIORITY, rule: null };
}

/** 0 for urgent … 3 for low: the queue's first sort key. */
export const priorityRank = (priority: TicketPriority): number => PRIORITIES.indexOf(priority);
