/** The account's `settings.streaming` section: how long a playback lives without a heartbeat, and the limit policy. */

import type { SettingsSection } from '../../kernel/settings-section.ts';

export type OverLimitPolicy = 'refuse' | 'close_oldest';
export type StreamingSettings = { session_ttl_seconds: number; over_limit: OverLimitPolicy };

export const DEFAULT_STREAMING: StreamingSettings = { session_ttl_seconds: 90, over_limit: 'refuse' };

/** The section with its defaults, from the account's stored settings. */
export function streamingSettingsOf(settings: Record<string, unknown> | null | undefined): StreamingSettings {
  const s = (settings?.streaming ?? {}) as Partial<StreamingSettings>;
  return {
    session_ttl_seconds: s.session_ttl_seconds ?? DEFAULT_STREAMING.session_ttl_seconds,
    over_limit: s.over_limit ?? DEFAULT_STREAMING.over_limit,
  };
}

/** The section's request schema (POST /v1/account {"settings":{"streaming":{…}}}). */
export const streamingSettingsBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    session_ttl_seconds: {
      type: 'integer',
      minimum: 10,
      maximum: 3600,
      description: 'A playback without a segment or heartbeat request for this long has ended (default 90)',
    },
    over_limit: {
      type: 'string',
      enum: ['refuse', 'close_oldest'],
      description:
        'Over max_connections: refuse the new stream (default), or close the oldest (same address and user agent ' +
        'first, then same address, then any)',
    },
  },
};

export const streamingSettings: SettingsSection = {
  present: (stored) => ({ streaming: streamingSettingsOf(stored) }),
};
