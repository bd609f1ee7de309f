/**
 * A month-by-month MRR forecast from today's paying subscribers, the fitted sBG retention, changes already
 * scheduled and trials in flight. Pure; amounts in minor units, each part rounded once per month, and the month's
 * MRR is the sum of its rounded parts so the table adds up.
 */
import { type SbgParameters, sbgSurvival } from './sbg.ts';

export type ForecastInput = {
  months: number;
  /** Monthly retention of the plan or cohort. */
  retention: SbgParameters;
  /** Paying MRR grouped by how many months the subscribers have paid (1 = in their first paid month). */
  active: readonly { mrr: number; paidPeriods: number }[];
  /** An MRR change already scheduled for subscribers counted in `active` (a cancellation is −their MRR). */
  scheduled: readonly { delta: number; paidPeriods: number; fromMonth: number }[];
  /** Trials whose first payment falls in `firstPaidMonth` (1 = next month), at `mrr` if they convert. */
  trials: readonly { mrr: number; firstPaidMonth: number }[];
  /** Share of trials that convert, from the account's own history. */
  trialConversion: number;
};

export type ForecastMonth = { month: number; mrr: number; retained: number; scheduled: number; trials: number };

/** P(still paying h months on | has paid n months) = S(n−1+h) / S(n−1). */
const stillPaying = (retention: SbgParameters, paidPeriods: number, ahead: number) =>
  sbgSurvival(retention, paidPeriods - 1 + ahead) / sbgSurvival(retention, paidPeriods - 1);

export function forecastMrr(input: ForecastInput): ForecastMonth[] {
  const { retention } = input;
  return Array.from({ length: input.months }, (_, index) => {
    const h = index + 1;
    let retained = 0;
    for (const group of input.active) retained += group.mrr * stillPaying(retention, group.paidPeriods, h);
    let scheduled = 0;
    for (const change of input.scheduled)
      if (h >= change.fromMonth) scheduled += change.delta * stillPaying(retention, change.paidPeriods, h);
    let trials = 0;
    for (const trial of input.trials)
      if (h >= trial.firstPaidMonth)
        trials += trial.mrr * input.trialConversion * sbgSurvival(retention, h - trial.firstPaidMonth);
    const parts = { retained: Math.round(retained), scheduled: Math.round(scheduled), trials: Math.round(trials) };
    return { month: h, mrr: parts.retained + parts.scheduled + parts.trials, ...parts };
  });
}

/**
 * A signup cohort's observed survival after 1…`observedPeriods` renewals: the share of its subscribers who paid
 * more than t periods. Every member must have had `observedPeriods + 1` chances to pay (same signup month).
 */
export function cohortSurvival(paidPeriods: readonly number[], observedPeriods: number): number[] {
  return Array.from(
    { length: observedPeriods },
    (_, i) => paidPeriods.filter((paid) => paid > i + 1).length / paidPeriods.length,
  );
}
