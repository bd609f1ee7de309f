/**
 * Which outbox events start an automation for which customer, and when its run falls due. Pure: the consumer
 * hands each event here and stores what comes back; the wait is added to the trigger's own time.
 */
import type { AutomationTrigger } from '../../../db/schema/automations.ts';

type Obj = Record<string, unknown>;

/** The event as the matcher sees it: its type, its object and when it happened (ms since the epoch). */
export type TriggerEvent = { id: string; type: string; object: Obj; at: number };

export type TriggerMatch = {
  customer: string;
  subscription: string | null;
  /** When the trigger fired, in ms; null: at the customer's time when the event is read (a test clock's time). */
  firedAt: number | null;
  /** paid_months: the subscription whose paid invoices must be counted before the run is scheduled. */
  countPaidOf?: string;
};

const DAY_MS = 86_400_000;

const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as Obj).id as string) : null;

/** The customer an event is about: the customer itself, or the object's `customer`. */
export function customerOf(object: Obj): string | null {
  if (object.object === 'customer') return (object.id as string) ?? null;
  return idOf(object.customer);
}

/** The subscription an event is about: the subscription itself, or the object's `subscription`. */
export function subscriptionOf(object: Obj): string | null {
  if (object.object === 'subscription') return (object.id as string) ?? null;
  return idOf(object.subscription);
}

/** The outbox event types a trigger listens to. */
export function triggerEventType(trigger: AutomationTrigger): string {
  switch (trigger.type) {
    case 'segment_entered':
      return 'segment.entered';
    case 'segment_exited':
      return 'segment.exited';
    case 'event':
      return trigger.event_type;
    case 'subscription_started':
      return 'customer.subscription.created';
    case 'paid_months':
      return 'invoice.paid';
  }
}

/** The customer this event starts the automation for, or null when it does not concern the trigger. */
export function matchTrigger(trigger: AutomationTrigger, event: TriggerEvent): TriggerMatch | null {
  if (event.type !== triggerEventType(trigger)) return null;
  const customer = customerOf(event.object);
  if (!customer) return null;
  const subscription = subscriptionOf(event.object);
  switch (trigger.type) {
    case 'segment_entered':
    case 'segment_exited':
      return event.object.segment === trigger.segment ? { customer, subscription: null, firedAt: null } : null;
    case 'event':
      return { customer, subscription, firedAt: null };
    case 'subscription_started': {
      // "N days after the start": the subscription's start date is in its customer's (or test clock's) time.
      const start = typeof event.object.start_date === 'number' ? event.object.start_date * 1000 : event.at;
      return { customer, subscription, firedAt: start + trigger.days * DAY_MS };
    }
    case 'paid_months':
      if (!subscription || !((event.object.amount_paid as number) > 0)) return null;
      return { customer, subscription, firedAt: null, countPaidOf: subscription };
  }
}

/** When the run falls due: the trigger's time plus the wait. */
export function dueAt(firedAt: number, waitSeconds: number): number {
  return firedAt + waitSeconds * 1000;
}
