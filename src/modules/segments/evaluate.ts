/** Which customers a rule selects now: segment facts read in one query, the pure evaluator applied to each. */
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts } from '../../db/schema/index.ts';
import { attributeTypes } from '../customers/index.ts';
import { localDay } from '../engagement/index.ts';
import { evaluateRule, eventWindows, parseRule, type Rule, ruleFields } from './core/rules.ts';
import { readSegmentFacts, SEGMENT_FIELDS } from './read-facts.ts';
import { rfmSegments } from './rfm-report.ts';

/** The rule checked against the fields this account can use (its attribute definitions included). */
export async function checkedRule(ctx: AppContext, accountId: string, input: unknown): Promise<Rule> {
  const attributes = [...(await attributeTypes(ctx, accountId)).keys()].map((k) => `attributes.${k}`);
  return parseRule(input, new Set<string>([...SEGMENT_FIELDS, ...attributes]));
}

/** The ids of the customers the rule selects at `now`, in id order. */
export async function selectMembers(ctx: AppContext, accountId: string, rule: Rule, now: Date): Promise<string[]> {
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const facts = await readSegmentFacts(
    ctx,
    accountId,
    now,
    localDay(now, account?.timeZone ?? 'UTC'),
    eventWindows(rule),
    ruleFields(rule).has('rfm_segment') ? await rfmSegments(ctx, accountId, now) : undefined,
  );
  const ids: string[] = [];
  for (const [id, f] of facts) if (evaluateRule(rule, f)) ids.push(id);
  return ids;
}
