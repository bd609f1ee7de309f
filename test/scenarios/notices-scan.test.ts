import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

// The scan for scheduled notices reads at most a page of subscriptions per clock step (50 to find the next due
// time). It used to take the page first and drop what was not due after: 51 ended subscriptions whose win-back is
// off (never due) filled the page, so a reminder due behind them was never found and never sent.
test('a reminder is sent when more subscriptions than a page of the scan have no notice due', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tenure-mail-test-'));
  const h = await startHarness({ sources: dueWorkSources({ mailDir: dir, publicUrl: 'http://tenure.test' }) });
  const k = billingKit(h);
  try {
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const free = await k.monthly(0);
    for (let i = 0; i < 51; i++) {
      const body = { name: `Ended ${i}`, email: `e${i}@example.com`, test_clock: clock, marketing_consent: true };
      const customer = (await k.ok('POST', '/v1/customers', body)).id as string;
      const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: free }] });
      await k.ok('POST', `/v1/subscriptions/${sub.id}/cancel`, {});
    }
    // Win-back is off by default: none of the 51 is ever due. A later subscription's reminder falls due on Jan 27.
    await k.advance(clock, '2026-01-03T00:00:00Z');
    const customer = await k.customer(clock);
    const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(990) }] });
    assert.equal(sub.current_period_end, Date.UTC(2026, 1, 3) / 1000);
    await k.advance(clock, '2026-01-28T00:00:00Z');
    const reminders = await k.ok('GET', `/v1/messages?customer=${customer}&template=renewal_reminder`);
    assert.equal(reminders.data.length, 1, 'the due reminder is found behind the 51 ended subscriptions');
    assert.equal((await k.ok('GET', '/v1/messages?template=win_back')).data.length, 0);
  } finally {
    await h.close();
  }
});
