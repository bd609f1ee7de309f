/** NPS of a survey over a range: overall, by plan (the customer's prices when surveyed) and as a moving series. */
import type { AppContext } from '../../context.ts';
import { invalid } from '../../kernel/errors.ts';
import { segmentMemberIds } from '../segments/index.ts';
import { movingNps, nps } from './core/nps.ts';
import { answersBetween } from './requests.ts';
import { findSurvey } from './surveys.ts';

const DAY_MS = 86_400_000;

export async function npsReport(
  ctx: AppContext,
  accountId: string,
  surveyId: string,
  query: {
    from?: string;
    to?: string;
    price?: string | undefined;
    segment?: string | undefined;
    window_days?: number | undefined;
  },
) {
  const survey = await findSurvey(ctx, accountId, surveyId);
  const today = ctx.clock.now().epochMilliseconds;
  const range = {
    ...query,
    to: query.to ?? new Date(today).toISOString().slice(0, 10),
    from:
      query.from ??
      new Date(Date.parse(query.to ?? new Date(today).toISOString()) - 29 * DAY_MS).toISOString().slice(0, 10),
  };
  if (survey.kind !== 'nps') throw invalid('parameter_invalid', `Survey ${surveyId} is not an NPS survey`, 'id');
  const windowDays = range.window_days ?? 30;
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`) + DAY_MS;
  if (!(to > from)) throw invalid('parameter_invalid', 'to must not be before from', 'to');
  // The series' first day looks back a whole window, so read from there.
  const rows = await answersBetween(ctx, accountId, surveyId, new Date(from - (windowDays - 1) * DAY_MS), new Date(to));
  // By segment: the answers of the segment's members now (membership as of its last refresh).
  const members = range.segment ? new Set(await segmentMemberIds(ctx, accountId, range.segment)) : null;
  const all = rows.filter(
    (r) => (!range.price || r.prices.includes(range.price)) && (!members || members.has(r.customerId)),
  );
  const inRange = all.filter((r) => r.answeredAt!.getTime() >= from);
  const plans = [...new Set(inRange.flatMap((r) => r.prices))].sort();
  return {
    object: 'nps_report' as const,
    survey: survey.id,
    segment: range.segment ?? null,
    from: range.from,
    to: range.to,
    ...nps(inRange.map((r) => r.score!)),
    by_plan: plans.map((price) => ({
      price,
      ...nps(inRange.filter((r) => r.prices.includes(price)).map((r) => r.score!)),
    })),
    series: movingNps(
      all.map((r) => ({ score: r.score!, at: r.answeredAt! })),
      { from: range.from, to: range.to, windowDays },
    ),
  };
}
