import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/kernel/clock.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { type Harness, startHarness } from './harness.ts';
import { smtpServer } from './smtp-server.ts';

export type MailHarness = { h: Harness; smtp: Awaited<ReturnType<typeof smtpServer>>; close(): Promise<void> };

/** The harness whose notices go out through a real SMTP server the test reads (automations, campaigns, surveys). */
export async function startMailHarness(clock: Clock): Promise<MailHarness> {
  const smtp = await smtpServer();
  const mailDir = await mkdtemp(join(tmpdir(), 'tenure-mail-'));
  const h = await startHarness({
    clock,
    sources: dueWorkSources({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailDir, publicUrl: 'http://tenure.test' }),
  });
  return {
    h,
    smtp,
    async close() {
      await h.close();
      await smtp.close();
    },
  };
}
