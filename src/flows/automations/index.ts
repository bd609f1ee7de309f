/** Automations across segments, billing, notices and surveys: scheduling runs from the outbox and running them. */
export { automationDueWork } from './due-work.ts';
export { AUTOMATION_CONSUMER } from './schedule-runs.ts';
