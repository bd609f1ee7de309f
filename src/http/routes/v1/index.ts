import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { Worker } from '../../../worker/index.ts';
import { analyticsRoutes } from './analytics.ts';
import { analyticsReportRoutes } from './analytics-reports.ts';
import { accountRoutes, invoiceRoutes, scheduleRoutes, subscriptionRoutes, usageRoutes } from './billing.ts';
import { catalogRoutes } from './catalog.ts';
import { customerRoutes } from './customers.ts';
import { documentRoutes } from './documents.ts';
import { noticeRoutes } from './notices.ts';
import { creditRoutes, paymentLinkRoutes, paymentRoutes } from './payments.ts';
import { eventRoutes, testClockRoutes } from './platform.ts';
import { stripePathRoutes } from './stripe-paths.ts';
import { webhookRoutes } from './webhooks.ts';

export function registerRoutes(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  customerRoutes(app, ctx);
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
  stripePathRoutes(app, ctx);
}
