import type { testClocks } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type TestClockRow = typeof testClocks.$inferSelect;

export function presentTestClock(row: TestClockRow) {
  return {
    id: row.id,
    object: 'test_helpers.test_clock' as const,
    created: toUnix(row.created),
    deletes_after: toUnix(row.deletesAfter),
    frozen_time: toUnix(row.frozenTime),
    name: row.name,
    status: row.status,
    status_details: {
      advancing: row.advanceTo ? { target_frozen_time: toUnix(row.advanceTo) } : null,
      failure: row.failure,
    },
  };
}
