import type { experimentExposures, experiments } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type ExperimentRow = typeof experiments.$inferSelect;
export type ExposureRow = typeof experimentExposures.$inferSelect;

export function presentExperiment(row: ExperimentRow) {
  return {
    id: row.id,
    object: 'experiment' as const,
    created: toUnix(row.created),
    key: row.key,
    name: row.name,
    variants: row.variants,
    goal: row.goal,
    status: row.status,
    winner: row.winner,
    metadata: row.metadata,
  };
}

export function presentExposure(row: ExposureRow) {
  return {
    id: row.id,
    object: 'experiment_exposure' as const,
    created: toUnix(row.created),
    experiment: row.experimentId,
    customer: row.customerId,
    variant: row.variant,
  };
}
