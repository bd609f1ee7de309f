import { creditSchemas, paymentSchemas } from '../routes/v1/payments.ts';
import { exchangeRateSchema } from './analytics.ts';
import { billingSchemas } from './billing.ts';
import { catalogSchemas } from './catalog.ts';
import { problemSchema } from './common.ts';
import { attributeDefinitionSchema, customerSchema } from './customers.ts';
import { noticeSchemas } from './notices.ts';
import { eventSchema, testClockSchema } from './platform.ts';
import { streamingSchemas } from './streaming.ts';
import { webhookSchemas } from './webhooks.ts';

/** Named schemas registered once; routes refer to them and the OpenAPI document lists them as components. */
export const sharedSchemas = [
  problemSchema,
  testClockSchema,
  eventSchema,
  customerSchema,
  attributeDefinitionSchema,
  ...catalogSchemas,
  ...webhookSchemas,
  ...billingSchemas,
  ...paymentSchemas,
  ...creditSchemas,
  ...noticeSchemas,
  exchangeRateSchema,
  ...streamingSchemas,
];
