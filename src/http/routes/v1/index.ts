import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { Worker } from '../../../worker/index.ts';
import { analyticsRoutes } from './analytics.ts';
import { analyticsReportRoutes } from './analytics-reports.ts';
import { automationRoutes } from './automations.ts';
import { accountRoutes, invoiceRoutes, scheduleRoutes, subscriptionRoutes, usageRoutes } from './billing.ts';
import { billingPortalRoutes } from './billing-portal.ts';
import { campaignRoutes } from './campaigns.ts';
import { catalogRoutes } from './catalog.ts';
import { churnRoutes } from './churn.ts';
import { customerImportRoutes } from './customer-imports.ts';
import { customerRoutes } from './customers.ts';
import { documentRoutes } from './documents.ts';
import { engagementRoutes } from './engagement.ts';
import { experimentRoutes } from './experiments.ts';
import { forecastRoutes } from './forecast.ts';
import { noticeRoutes } from './notices.ts';
import { operatorSessionRoutes } from './operator-sessions.ts';
import { operatorRoutes } from './operators.ts';
import { creditRoutes, paymentLinkRoutes, paymentRoutes } from './payments.ts';
import { eventRoutes, testClockRoutes } from './platform.ts';
import { privacyRoutes } from './privacy.ts';
import { profileRoutes } from './profiles.ts';
import { retentionRoutes } from './retention.ts';
import { segmentRoutes } from './segments.ts';
import { streamingRoutes } from './streaming.ts';
import { stripePathRoutes } from './stripe-paths.ts';
import { supportRoutes } from './support.ts';
import { surveyRoutes } from './surveys.ts';
import { webhookRoutes } from './webhooks.ts';

/** `publicUrl` is where subscribers reach this server: the base of portal session URLs (never a request's Host). */
export function registerRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  worker: Worker | undefined,
  publicUrl = '',
): void {
  customerRoutes(app, ctx);
  customerImportRoutes(app, ctx, worker);
  privacyRoutes(app, ctx);
  catalogRoutes(app, ctx);
  subscriptionRoutes(app, ctx);
  invoiceRoutes(app, ctx);
  usageRoutes(app, ctx);
  accountRoutes(app, ctx);
  scheduleRoutes(app, ctx);
  paymentRoutes(app, ctx);
  creditRoutes(app, ctx);
  paymentLinkRoutes(app, ctx);
  testClockRoutes(app, ctx, worker);
  eventRoutes(app, ctx);
  webhookRoutes(app, ctx, worker);
  documentRoutes(app, ctx);
  noticeRoutes(app, ctx);
  analyticsRoutes(app, ctx);
  analyticsReportRoutes(app, ctx);
  engagementRoutes(app, ctx);
  profileRoutes(app, ctx);
  segmentRoutes(app, ctx);
  forecastRoutes(app, ctx);
  retentionRoutes(app, ctx);
  surveyRoutes(app, ctx);
  supportRoutes(app, ctx);
  experimentRoutes(app, ctx);
  automationRoutes(app, ctx);
  campaignRoutes(app, ctx);
  churnRoutes(app, ctx);
  streamingRoutes(app, ctx);
  stripePathRoutes(app, ctx);
  billingPortalRoutes(app, ctx, publicUrl);
  operatorSessionRoutes(app, ctx);
  operatorRoutes(app, ctx);
}
