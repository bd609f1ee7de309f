/** Engagement: batch ingestion of viewing and app events, and the per-customer daily rollups everything reads. */

export { ImportLineError, parseCsv, parseNdjson } from './core/import-lines.ts';
export { type DailyRollup, localDay, type RollupEvent, rollupEvents } from './core/rollup.ts';
export { type EngagementEventInput, recordEngagementEvents } from './record-events.ts';
