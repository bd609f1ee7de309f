export {
  consumeOutbox,
  consumerBacklog,
  consumerPosition,
  type OutboxConsumer,
  type OutboxEvent,
  type OutboxPosition,
  readOutbox,
  typeCondition,
  unreadSince,
} from './consume.ts';
export { EVENT_TYPES, type EventType, isEventType } from './event-types.ts';
export { type CreatedRange, createdConditions, getEvent, listEvents, presentEvent } from './list-events.ts';
export { type NewEvent, previousAttributes, recordChange, recordEvent, recordEvents } from './outbox.ts';
