/**
 * An IPTV subscriber's lines: the credentials their player asks for, the playlist link (the Xtream-compatible
 * get.php of this server) and the streams playing now, so they can see which device holds a connection.
 */
import type { AppContext } from '../../context.ts';
import { listLines } from '../../modules/lines/index.ts';
import { listSessions } from '../../modules/streams/index.ts';
import type { PortalScope } from './scope.ts';

export async function portalLines(ctx: AppContext, scope: PortalScope, publicUrl: string) {
  const lines = await listLines(ctx, scope.accountId, { customer: scope.customerId, limit: 20 });
  const data = [];
  for (const line of lines.data) {
    const credentials = new URLSearchParams({ username: line.username, password: line.password });
    const playing = await listSessions(ctx, scope.accountId, { line: line.id, live: true, limit: 20 });
    data.push({
      id: line.id,
      subscription: line.subscription,
      username: line.username,
      password: line.password,
      access_status: line.access_status,
      exp_date: line.exp_date,
      max_connections: line.max_connections,
      server_url: publicUrl,
      playlist_url: `${publicUrl}/get.php?${credentials}&type=m3u_plus&output=ts`,
      streams_playing: playing.data.map((s) => ({ stream: s.stream, started: s.started, user_agent: s.user_agent })),
    });
  }
  return { object: 'list' as const, data, has_more: lines.has_more };
}
