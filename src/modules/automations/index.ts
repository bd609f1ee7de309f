/** Automations: a trigger (segment entered/exited, an event type, a subscription date), a wait, a condition, an action. */
export {
  type AutomationInput,
  type AutomationUpdate,
  createAutomation,
  findAutomation,
  getAutomation,
  listAutomations,
  updateAutomation,
} from './automations.ts';
export { dueAt, matchTrigger, type TriggerEvent, type TriggerMatch, triggerEventType } from './core/triggers.ts';
export { type AutomationRow, type AutomationRunRow, presentAutomation, presentAutomationRun } from './present.ts';
export {
  activeAutomations,
  claimDueRun,
  dueRunBacklog,
  dueRunsOnClock,
  finishRun,
  leaseCallingRun,
  listAutomationRuns,
  nextRunOnClock,
  type RunOutcome,
  scheduleRun,
} from './runs.ts';
