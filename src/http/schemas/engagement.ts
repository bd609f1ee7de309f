import { arrayOf, int, type Schema, str, strictObject, unixTime } from './common.ts';

const ENGAGEMENT_TYPES = ['viewing', 'login', 'app_open', 'support_contact', 'training_completed', 'custom'];

const text = (description: string, maxLength = 255) => str({ maxLength, description });

/**
 * JSON Schema's if/then: fields required when `type` has one value (ajv names the first missing one). The `then`
 * names them in `properties` too (`true`: the outer schema types them), so linters see each required one defined.
 */
function requiredFor(type: string, required: string[]): Schema {
  const properties = Object.fromEntries(required.map((name) => [name, true]));
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, this object is never awaited
  return { if: { properties: { type: { const: type } } }, then: { properties, required } };
}

/** One event; `type` decides which fields are required (viewing: content, kind, start and seconds; custom: name). */
export const engagementEventIn: Schema = {
  ...strictObject(
    {
      id: str({
        minLength: 1,
        maxLength: 255,
        description: 'Your id for the event: a retry or replayed batch with the same id counts once',
      }),
      type: { type: 'string', enum: ENGAGEMENT_TYPES },
      customer: str({ maxLength: 255, description: 'The customer id (cus_…)' }),
      occurred_at: { ...unixTime, description: 'Unix seconds; viewing defaults to started_at, others to now' },
      name: text('custom: the event name, e.g. watchlist_add (counted under it)', 100),
      content_id: text('viewing: the content id'),
      content_title: text('viewing: the content title', 500),
      content_kind: { type: 'string', enum: ['live', 'vod', 'series'] },
      channel: text('viewing: the channel'),
      genre: text('viewing: the genre', 100),
      device_type: text('viewing: the device type (tv, phone, web, stb…)', 100),
      started_at: { ...unixTime, description: 'viewing: when playback started (unix seconds)' },
      seconds_watched: int({ minimum: 0, maximum: 86400 * 7, description: 'viewing: seconds actually watched' }),
      properties: { type: 'object', maxProperties: 50, description: 'Free-form properties of the event' },
    },
    ['id', 'type', 'customer'],
  ),
  allOf: [
    requiredFor('viewing', ['content_id', 'content_kind', 'started_at', 'seconds_watched']),
    requiredFor('custom', ['name']),
  ],
};

export const engagementBatchBody = strictObject(
  { events: arrayOf(engagementEventIn, { minItems: 1, maxItems: 10000 }) },
  ['events'],
);

export const engagementBatchSchema: Schema = {
  $id: 'EngagementEventBatch',
  type: 'object',
  description: 'What a batch changed: events new to Tenure are recorded and rolled up; known ids are duplicates',
  properties: {
    object: { type: 'string', const: 'engagement_event_batch' },
    received: int(),
    recorded: int(),
    duplicates: int(),
  },
  required: ['object', 'received', 'recorded', 'duplicates'],
};

/** The import's body: the events as parsed from NDJSON lines or CSV rows, each checked like a JSON batch event. */
export const engagementImportBody: Schema = arrayOf(engagementEventIn, {
  minItems: 1,
  maxItems: 100_000,
  description:
    'application/x-ndjson: one event object per line; text/csv: a header row of event field names (id, type, ' +
    'customer, occurred_at, content_id, …; properties as a JSON cell), one event per row. Up to 100,000 events.',
});
