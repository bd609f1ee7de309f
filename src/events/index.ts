export { type CreatedRange, createdConditions, getEvent, listEvents, presentEvent } from './list-events.ts';
export { type NewEvent, previousAttributes, recordChange, recordEvent, recordEvents } from './outbox.ts';
