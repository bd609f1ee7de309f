import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSaved, retentionMetrics, type SessionOutcome } from './metrics.ts';

const at = (iso: string) => new Date(iso);
const session = (over: Partial<SessionOutcome>): SessionOutcome => ({
  created: at('2026-01-10T00:00:00Z'),
  outcome: 'retained',
  offersShown: 1,
  accepted: true,
  mrr: 1000,
  currency: 'usd',
  canceledAt: null,
  endedAt: null,
  ...over,
});

test('saved = no standing cancellation within 30 days of the session', () => {
  const cases: Array<[string, Partial<SessionOutcome>, boolean]> = [
    ['never canceled', {}, true],
    ['cancel requested in the session', { canceledAt: at('2026-01-10T00:00:00Z') }, false],
    ['ended on day 30', { endedAt: at('2026-02-09T00:00:00Z') }, false],
    ['canceled on day 31', { canceledAt: at('2026-02-10T00:00:01Z') }, true],
  ];
  for (const [name, over, saved] of cases) assert.equal(isSaved(session(over)), saved, name);
});

test("Chargebee's rates over a mix of sessions", () => {
  const sessions = [
    session({}),
    session({ mrr: 500, currency: 'brl' }),
    session({ outcome: 'chose_to_cancel', accepted: false, canceledAt: at('2026-01-10T00:00:00Z') }),
    session({ outcome: 'aborted', accepted: false }),
    session({ outcome: 'chose_to_cancel', accepted: false, offersShown: 0, endedAt: at('2026-01-20T00:00:00Z') }),
  ];
  assert.deepEqual(retentionMetrics(sessions), {
    sessions: 5,
    retained: 2,
    chose_to_cancel: 2,
    aborted: 1,
    pending: 0,
    saved: 3,
    deflect_rate: 0.6,
    save_rate: 0.6,
    offer_accept_rate: 0.5,
    revenue_saved: { usd: 2000, brl: 500 },
  });
  assert.deepEqual(retentionMetrics([]), {
    sessions: 0,
    retained: 0,
    chose_to_cancel: 0,
    aborted: 0,
    pending: 0,
    saved: 0,
    deflect_rate: null,
    save_rate: null,
    offer_accept_rate: null,
    revenue_saved: {},
  });
});
