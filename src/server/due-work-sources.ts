import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { automationDueWork } from '../flows/automations/index.ts';
import { billingDueSources, upcomingTotal } from '../flows/billing/index.ts';
import { collectionDueSources } from '../flows/collection/due-sources.ts';
import { customerImportDueWork } from '../flows/csv-import/index.ts';
import { renderInvoicePdf } from '../flows/documents/index.ts';
import { supportDueSources } from '../flows/support/index.ts';
import { analyticsDueWork } from '../modules/analytics/index.ts';
import { campaignDueWork } from '../modules/campaigns/index.ts';
import { churnDueWork } from '../modules/churn/index.ts';
import { type NoticeWorkOptions, noticeDueWork } from '../modules/notices/index.ts';
import { segmentDueWork } from '../modules/segments/index.ts';
import { webhookDueWork } from '../modules/webhooks/index.ts';
import type { DueWorkSource } from '../worker/index.ts';

/**
 * Every kind of due work the worker runs, in the order it runs them at one instant. The subscriptions and
 * invoicing issue adds period ends, trial ends and auto-advance here.
 */
export function dueWorkSources(notices?: NoticeWorkOptions): DueWorkSource[] {
  const mail = notices ?? memoryMail();
  return [
    ...billingDueSources(),
    ...collectionDueSources(),
    // Before notices and webhooks: a breach found at an instant is delivered in the same pass.
    ...supportDueSources(),
    webhookDueWork(),
    noticeDueWork(mail, { invoicePdf: renderInvoicePdf, renewalTotal: upcomingTotal }),
    analyticsDueWork(),
    segmentDueWork(),
    // After segment refreshes (their segment.entered events trigger runs); a notice it queues goes out next pass.
    automationDueWork({ publicUrl: mail.publicUrl }),
    campaignDueWork({ publicUrl: mail.publicUrl }),
    // A chunk of 100 imported rows at a time, so renewals due at the same instant are not held up behind a big file.
    customerImportDueWork(),
    // Last: a training takes seconds, so everything else due at the same instant goes first.
    churnDueWork(),
  ];
}

/** Without a configuration (tests, the demo): e-mails become .eml files in a temporary folder. */
function memoryMail(): NoticeWorkOptions {
  return { mailDir: join(tmpdir(), `tenure-mail-${process.pid}`), publicUrl: 'http://127.0.0.1:3000' };
}

/** Notices as configured: SMTP_URL, else .eml files under TENURE_DATA_DIR/mail (a temp folder for memory://). */
export function noticeOptions(config: {
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  publicUrl?: string | undefined;
  dataDir: string;
  host: string;
  port: number;
}): NoticeWorkOptions {
  const memory = config.dataDir.startsWith('memory://');
  return {
    smtpUrl: config.smtpUrl,
    mailDir: memory ? memoryMail().mailDir : join(config.dataDir, 'mail'),
    publicUrl: config.publicUrl ?? `http://${config.host}:${config.port}`,
    ...(config.mailFrom && { from: config.mailFrom }),
  };
}
