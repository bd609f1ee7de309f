/** Streams: playback sessions of lines, their TTL and the concurrent-stream limit. */
export { type Admission, admit, type LiveSession } from './core/admission.ts';
export { countLiveSessions, listSessions, type PlaybackStart, startPlayback, touchSession } from './sessions.ts';
export {
  DEFAULT_STREAMING,
  type OverLimitPolicy,
  type StreamingSettings,
  streamingSettingsBody,
  streamingSettingsOf,
} from './settings.ts';
