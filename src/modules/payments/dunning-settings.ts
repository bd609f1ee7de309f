/** The account's `settings.dunning` section: retry days and overdue stages, validated as one policy. */
import { invalid } from '../../kernel/errors.ts';
import type { SettingsSection, StoredSettings } from '../../kernel/settings-section.ts';
import { DEFAULT_DUNNING, type DunningPolicy, policyProblem, type StageAction } from './core/dunning.ts';

type StoredDunning = { retry_days?: number[]; stages?: { after_days: number; action: StageAction }[] };

/** settings.dunning as stored ({retry_days, stages: [{after_days, action}]}), else the documented default. */
export function dunningPolicyOf(stored: StoredSettings): DunningPolicy {
  const d = stored.dunning as StoredDunning | undefined;
  if (!d) return DEFAULT_DUNNING;
  return {
    retryDays: d.retry_days ?? DEFAULT_DUNNING.retryDays,
    stages: d.stages ? d.stages.map((s) => ({ afterDays: s.after_days, action: s.action })) : DEFAULT_DUNNING.stages,
  };
}

export const dunningSettings: SettingsSection = {
  present(stored) {
    const policy = dunningPolicyOf(stored);
    return {
      dunning: {
        retry_days: policy.retryDays,
        stages: policy.stages.map((x) => ({ after_days: x.afterDays, action: x.action })),
      },
    };
  },
  validate(patch) {
    if (!patch.dunning) return;
    const problem = policyProblem(dunningPolicyOf(patch));
    if (problem) throw invalid('parameter_invalid', problem.message, `settings.${problem.param}`);
  },
};
