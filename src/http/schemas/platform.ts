import { createdRange, int, listQuery, nullable, resource, str, strictObject, unixTime } from './common.ts';

export const testClockSchema = resource(
  'TestClock',
  'test_helpers.test_clock',
  {
    deletes_after: int(),
    frozen_time: int(),
    name: nullable(str()),
    status: str({ enum: ['ready', 'advancing', 'internal_failure'] }),
    status_details: {
      type: 'object',
      properties: {
        advancing: { type: ['object', 'null'], properties: { target_frozen_time: int() } },
        failure: nullable(str()),
      },
    },
  },
  'A clock that customers attached to it live by; advancing it runs their due work in order.',
);

export const createTestClockBody = strictObject({ frozen_time: unixTime, name: str({ maxLength: 300 }) }, [
  'frozen_time',
]);
export const advanceTestClockBody = strictObject({ frozen_time: unixTime }, ['frozen_time']);

export const eventSchema = resource(
  'Event',
  'event',
  {
    type: str(),
    data: {
      type: 'object',
      properties: {
        object: { type: 'object', additionalProperties: true },
        previous_attributes: { type: 'object', additionalProperties: true },
      },
    },
    request: { type: 'object', properties: { id: nullable(str()), idempotency_key: nullable(str()) } },
    test_clock: nullable(str()),
  },
  'Something that happened, written in the same transaction as the change.',
);

export const listEventsQuery = strictObject({
  ...listQuery,
  type: str({ description: 'An event type; `invoice.*` matches a family' }),
  types: { type: 'array', items: str(), maxItems: 20 },
  created: createdRange,
});
