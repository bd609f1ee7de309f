/** Segments: rule segments over profile fields and behaviour, RFM scoring and k-means personas. */
export * from './core/index.ts';
export { checkedRule, selectMembers } from './evaluate.ts';
export { findPersonas, PERSONA_FEATURES } from './personas.ts';
export { SEGMENT_FIELDS } from './read-facts.ts';
export { markSegmentsStale, refreshSegment, segmentDueWork } from './refresh.ts';
export { rfmReport } from './rfm-report.ts';
export {
  createSegment,
  getSegment,
  listSegmentMembers,
  previewSegment,
  segmentMemberIds,
  segmentMembersCsv,
} from './segments.ts';
