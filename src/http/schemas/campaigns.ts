import { int, listQuery, metadataIn, metadataOut, nullable, resource, str, strictObject } from './common.ts';

const LOCALES = '^(en|pt-BR|nl|fa)$';
const contentIn = strictObject(
  { subject: str({ minLength: 1, maxLength: 200 }), body: str({ minLength: 1, maxLength: 20_000 }) },
  ['subject', 'body'],
);
const contentOut = { type: 'object', properties: { subject: str(), body: str() }, required: ['subject', 'body'] };
const perLocale = (value: Record<string, unknown>, description: string) => ({
  type: 'object',
  propertyNames: { pattern: LOCALES },
  additionalProperties: value,
  description,
});

export const campaignSchema = resource(
  'Campaign',
  'campaign',
  {
    name: str(),
    segment: str(),
    content: perLocale(contentOut, 'Subject and body per locale'),
    subject_experiment: nullable(str()),
    subject_variants: {
      type: ['object', 'null'],
      additionalProperties: { type: 'object', additionalProperties: str() },
      description: 'Subject per experiment variant and locale',
    },
    links: { type: 'array', items: str(), description: 'The tracked URLs of the bodies' },
    rate_per_minute: int(),
    attribution_days: int(),
    status: str({ enum: ['draft', 'sending', 'sent'] }),
    total: int({ description: 'Recipients: the segment members when sending started' }),
    sent: int(),
    skipped: int({ description: 'No e-mail address or no marketing consent' }),
    clicks: int(),
    clicked: int({ description: 'Recipients who clicked at least once' }),
    conversions: int({ description: 'Recipients whose MRR grew (new, reactivated, upgraded) within attribution_days' }),
    started_at: nullable(int()),
    finished_at: nullable(int()),
    metadata: metadataOut,
  },
  'A marketing e-mail to a segment, in each customer’s language, to consenting customers only, with progress.',
);

export const campaignSchemas = [campaignSchema];

export const createCampaignBody = strictObject(
  {
    name: str({ minLength: 1, maxLength: 200 }),
    segment: str(),
    content: {
      ...perLocale(contentIn, 'Subject and body per locale (en required); URLs become tracked links'),
      minProperties: 1,
    },
    subject_experiment: str({ description: 'An experiment whose variant picks each customer’s subject line' }),
    subject_variants: {
      type: 'object',
      maxProperties: 20,
      additionalProperties: perLocale(str({ minLength: 1, maxLength: 200 }), 'Subject per locale'),
      description: 'Subject per variant key of subject_experiment, per locale',
    },
    rate_per_minute: int({ minimum: 1, maximum: 100_000, description: 'E-mails per minute (600)' }),
    attribution_days: int({ minimum: 1, maximum: 90, description: 'Conversion window after the e-mail (7)' }),
    metadata: metadataIn,
  },
  ['name', 'segment', 'content'],
);

export const listCampaignsQuery = strictObject({ ...listQuery });
