/**
 * Whether a new playback of a line may start, under `max_connections` (0 = unlimited). Pure: the caller holds the
 * line's row lock while it reads the live sessions and applies the answer, so two processes never both admit.
 */

export type LiveSession = { id: string; stream: number; ip: string; userAgent: string; started: number };
export type PlaybackRequest = { stream: number; ip: string; userAgent: string };
export type Admission =
  | { action: 'resume'; session: string }
  | { action: 'admit'; close: string[] }
  | { action: 'refuse' };

/**
 * The same client asking for the same stream again (a reconnect, a playlist reload) resumes its session, and a
 * client changing channel replaces its own session. Over the limit, `refuse` says no; `close_oldest` closes the oldest sessions, preferring the same address and user agent,
 * then the same address, then any — the reference panels' order, so a subscriber's own stale player goes first.
 */
export function admit(
  live: readonly LiveSession[],
  request: PlaybackRequest,
  maxConnections: number,
  policy: 'refuse' | 'close_oldest',
): Admission {
  const same = live.find(
    (s) => s.stream === request.stream && s.ip === request.ip && s.userAgent === request.userAgent,
  );
  if (same) return { action: 'resume', session: same.id };
  if (maxConnections === 0 || live.length < maxConnections) return { action: 'admit', close: [] };
  // Zapping: one player (address and user agent) plays one stream, so its new channel replaces its old one.
  const zapped = live
    .filter((s) => s.ip === request.ip && s.userAgent === request.userAgent)
    .sort((a, b) => a.started - b.started);
  if (policy === 'refuse' && live.length - zapped.length < maxConnections)
    return { action: 'admit', close: zapped.slice(0, live.length - maxConnections + 1).map((s) => s.id) };
  if (policy === 'refuse') return { action: 'refuse' };
  const rank = (s: LiveSession) => (s.ip === request.ip ? (s.userAgent === request.userAgent ? 0 : 1) : 2);
  const order = [...live].sort((a, b) => rank(a) - rank(b) || a.started - b.started);
  return { action: 'admit', close: order.slice(0, live.length - maxConnections + 1).map((s) => s.id) };
}
