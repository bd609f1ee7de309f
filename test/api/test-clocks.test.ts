import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../src/context.ts';
import { customers } from '../../src/db/schema/index.ts';
import type { DueWorkSource } from '../../src/worker/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

const JAN_1_2025 = Date.UTC(2025, 0, 1) / 1000;
const FEB_1_2025 = Date.UTC(2025, 1, 1) / 1000;

/**
 * A due-work source for the test: each customer on a clock has a "reminder" due at a unix time kept in its
 * metadata; running it records the clock time it ran at. It proves advancing runs due work in time order.
 */
function reminderSource(ran: { customer: string; at: number }[]): DueWorkSource {
  const due = async (ctx: AppContext, accountId: string, clock: string) =>
    (
      await ctx.db
        .select()
        .from(customers)
        .where(and(eq(customers.accountId, accountId), eq(customers.testClock, clock)))
    )
      .filter((c) => c.metadata.remind_at && !c.metadata.reminded)
      .map((c) => ({ id: c.id, at: Number(c.metadata.remind_at), metadata: c.metadata }));
  return {
    name: 'test_reminders',
    async nextDueOnClock(ctx, accountId, clock, upTo) {
      const times = (await due(ctx, accountId, clock)).map((d) => d.at).filter((t) => t * 1000 <= upTo.getTime());
      return times.length ? new Date(Math.min(...times) * 1000) : null;
    },
    async runOnClock(ctx, accountId, clock, at) {
      for (const d of await due(ctx, accountId, clock)) {
        if (d.at * 1000 > at.getTime()) continue;
        ran.push({ customer: d.id, at: at.getTime() / 1000 });
        await ctx.db
          .update(customers)
          .set({ metadata: { ...d.metadata, reminded: 'yes' } })
          .where(and(eq(customers.accountId, accountId), eq(customers.id, d.id)));
      }
    },
    runDue: async () => 0,
    backlog: async () => ({ count: 0, oldest: null }),
  };
}

const ran: { customer: string; at: number }[] = [];
let h: Harness;
before(async () => {
  h = await startHarness({ sources: [reminderSource(ran)] });
});
after(() => h.close());

async function waitReady(id: string) {
  await h.settle();
  return (await h.call('GET', `/v1/test_clocks/${id}`)).json();
}

describe('test clocks', () => {
  test('create at 2025-01-01, advance to 2025-02-01 → ready', async () => {
    const clock = (
      await h.call('POST', '/v1/test_clocks', { body: { frozen_time: JAN_1_2025, name: 'January' } })
    ).json();
    assert.match(clock.id, /^clock_/);
    assert.equal(clock.object, 'test_helpers.test_clock');
    assert.equal(clock.frozen_time, JAN_1_2025);
    assert.equal(clock.status, 'ready');
    const advancing = (
      await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: FEB_1_2025 } })
    ).json();
    assert.equal(advancing.status, 'advancing');
    assert.equal(advancing.status_details.advancing.target_frozen_time, FEB_1_2025);
    const ready = await waitReady(clock.id);
    assert.equal(ready.status, 'ready');
    assert.equal(ready.frozen_time, FEB_1_2025);
    const types = (await h.call('GET', '/v1/events?type=test_helpers.test_clock.*&limit=100'))
      .json()
      .data.map((e: any) => e.type);
    assert.ok(types.includes('test_helpers.test_clock.ready'));
  });

  test('advancing backwards (or to the same time) → 400 naming frozen_time', async () => {
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: FEB_1_2025 } })).json();
    const back = problem(
      await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: JAN_1_2025 } }),
      400,
      'test_clock_advance_backwards',
    );
    assert.equal(back.param, 'frozen_time');
    problem(
      await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: FEB_1_2025 } }),
      400,
      'test_clock_advance_backwards',
    );
  });

  test('advancing again while advancing → 409', async () => {
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: JAN_1_2025 } })).json();
    await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: JAN_1_2025 + 3600 } });
    problem(
      await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: JAN_1_2025 + 7200 } }),
      409,
      'test_clock_advancing',
    );
    await waitReady(clock.id);
  });

  test('due work of the clock customers runs in time order, in the clock time, before ready', async () => {
    ran.length = 0;
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: JAN_1_2025 } })).json();
    const day = 86400;
    const make = async (offsetDays: number) =>
      (
        await h.call('POST', '/v1/customers', {
          body: { test_clock: clock.id, metadata: { remind_at: String(JAN_1_2025 + offsetDays * day) } },
        })
      ).json();
    const late = await make(20);
    const early = await make(3);
    const beyond = await make(40);
    assert.equal(early.created, JAN_1_2025, 'a customer on a clock is created in its time');
    await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: FEB_1_2025 } });
    const ready = await waitReady(clock.id);
    assert.equal(ready.status, 'ready');
    assert.deepEqual(ran, [
      { customer: early.id, at: JAN_1_2025 + 3 * day },
      { customer: late.id, at: JAN_1_2025 + 20 * day },
    ]);
    assert.ok(!ran.some((r) => r.customer === beyond.id), 'work due after the target does not run');
  });

  test('the background worker finishes an advance on its own', async () => {
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: JAN_1_2025 } })).json();
    h.worker.start();
    try {
      await h.call('POST', `/v1/test_clocks/${clock.id}/advance`, { body: { frozen_time: FEB_1_2025 } });
      let status = 'advancing';
      for (let i = 0; i < 100 && status !== 'ready'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        status = (await h.call('GET', `/v1/test_clocks/${clock.id}`)).json().status;
      }
      assert.equal(status, 'ready');
    } finally {
      await h.worker.stop();
    }
  });

  test('list, retrieve and delete (deleting removes its customers)', async () => {
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: JAN_1_2025 } })).json();
    const customer = (await h.call('POST', '/v1/customers', { body: { test_clock: clock.id } })).json();
    const list = (await h.call('GET', '/v1/test_clocks?limit=100')).json();
    assert.ok(list.data.some((c: any) => c.id === clock.id));
    const gone = (await h.call('DELETE', `/v1/test_clocks/${clock.id}`)).json();
    assert.deepEqual(gone, { id: clock.id, object: 'test_helpers.test_clock', deleted: true });
    problem(await h.call('GET', `/v1/test_clocks/${clock.id}`), 404, 'resource_missing');
    problem(await h.call('GET', `/v1/customers/${customer.id}`), 404, 'resource_missing');
  });
});
