import { mrrForecastSchema } from '../routes/v1/forecast.ts';
import { exchangeRateSchema } from './analytics.ts';
import { automationSchemas } from './automations.ts';
import { billingSchemas } from './billing.ts';
import { billingPortalSchemas } from './billing-portal.ts';
import { campaignSchemas } from './campaigns.ts';
import { catalogSchemas } from './catalog.ts';
import { churnRiskSchema } from './churn.ts';
import { problemSchema } from './common.ts';
import { customerImportSchemas } from './customer-imports.ts';
import { attributeDefinitionSchema, customerSchema } from './customers.ts';
import { engagementBatchSchema } from './engagement.ts';
import { experimentSchemas } from './experiments.ts';
import { noticeSchemas } from './notices.ts';
import { operatorSchemas } from './operators.ts';
import { creditSchemas, paymentSchemas } from './payments.ts';
import { eventSchema, testClockSchema } from './platform.ts';
import { customerProfileSchema } from './profiles.ts';
import { retentionSchemas } from './retention.ts';
import { segmentSchemas } from './segments.ts';
import { streamingSchemas } from './streaming.ts';
import { supportSchemas } from './support.ts';
import { surveySchemas } from './surveys.ts';
import { webhookSchemas } from './webhooks.ts';

/** Named schemas registered once; routes refer to them and the OpenAPI document lists them as components. */
export const sharedSchemas = [
  problemSchema,
  testClockSchema,
  eventSchema,
  customerSchema,
  attributeDefinitionSchema,
  ...customerImportSchemas,
  ...catalogSchemas,
  ...webhookSchemas,
  ...billingSchemas,
  ...paymentSchemas,
  ...creditSchemas,
  ...noticeSchemas,
  exchangeRateSchema,
  engagementBatchSchema,
  customerProfileSchema,
  ...segmentSchemas,
  mrrForecastSchema,
  ...retentionSchemas,
  ...surveySchemas,
  ...experimentSchemas,
  ...automationSchemas,
  ...campaignSchemas,
  churnRiskSchema,
  ...streamingSchemas,
  ...billingPortalSchemas,
  ...operatorSchemas,
  ...supportSchemas,
];
