/** Where an outbox consumer stands: everything up to and including this (xid, seq) has been read. */
export type OutboxPosition = { xid: number; seq: number };

export const START: OutboxPosition = { xid: 0, seq: 0 };
const LAST_SEQ = Number.MAX_SAFE_INTEGER;

export function comparePositions(a: OutboxPosition, b: OutboxPosition): number {
  return a.xid - b.xid || a.seq - b.seq;
}

/**
 * The position after reading `read` rows from `from` with `limit`, all below `horizon` (the oldest xid that may still
 * commit). A full batch stops at its last row; a shorter one read everything below the horizon, so the position
 * moves to just under it (rows of other types are never scanned again). It never moves back.
 */
export function nextPosition(
  from: OutboxPosition,
  read: readonly OutboxPosition[],
  limit: number,
  horizon: number,
): OutboxPosition {
  const last = read.at(-1);
  if (read.length >= limit && last) return { xid: last.xid, seq: last.seq };
  const drained = { xid: horizon - 1, seq: LAST_SEQ };
  return comparePositions(drained, from) > 0 ? drained : from;
}
