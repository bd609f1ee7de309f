import { billingDueSources } from '../flows/billing/index.ts';
import { collectionDueSources } from '../flows/collection/due-sources.ts';
import { webhookDueWork } from '../modules/webhooks/index.ts';
import type { DueWorkSource } from '../worker/index.ts';

/**
 * Every kind of due work the worker runs, in the order it runs them at one instant. The subscriptions and
 * invoicing issue adds period ends, trial ends and auto-advance here.
 */
export function dueWorkSources(): DueWorkSource[] {
  return [...billingDueSources(), ...collectionDueSources(), webhookDueWork()];
}
