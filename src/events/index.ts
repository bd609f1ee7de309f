export { type CreatedRange, createdConditions, getEvent, listEvents, presentEvent } from './list-events.ts';
export { type NewEvent, previousAttributes, recordEvent, recordEvents } from './outbox.ts';
