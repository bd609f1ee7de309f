import type { automationRuns, automations } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type AutomationRow = typeof automations.$inferSelect;
export type AutomationRunRow = typeof automationRuns.$inferSelect;

export function presentAutomation(row: AutomationRow) {
  return {
    id: row.id,
    object: 'automation' as const,
    created: toUnix(row.created),
    name: row.name,
    trigger: row.trigger,
    wait_seconds: row.waitSeconds,
    condition: row.condition ?? null,
    action: row.action,
    repeat: row.repeat,
    active: row.active,
    metadata: row.metadata,
  };
}

/** One customer's pass through an automation: `scheduled` until due, then `completed`, `skipped` or `failed`. */
export function presentAutomationRun(row: AutomationRunRow) {
  return {
    id: row.id,
    object: 'automation_run' as const,
    created: toUnix(row.created),
    automation: row.automationId,
    customer: row.customerId,
    test_clock: row.testClock,
    triggered_by: row.triggeredBy,
    status: row.status,
    due_at: toUnix(row.dueAt),
    outcome: row.outcome,
    completed_at: row.completedAt ? toUnix(row.completedAt) : null,
  };
}
