/** Pure segment cores: RFM scores and names, k-means personas. */
export {
  type ClusterDescription,
  type ClusterOptions,
  type ClusterResult,
  chooseK,
  clusterCustomers,
  seededRandom,
  silhouette,
  standardize,
} from './clusters.ts';
export { ntile, type RfmInput, type RfmScore, type RfmSegment, rfmScores, rfmSegment, rfmSegmentRules } from './rfm.ts';
export {
  type CountOp,
  type CustomerFacts,
  evaluateRule,
  eventKey,
  eventWindows,
  type FieldOp,
  parseRule,
  type Rule,
  type Scalar,
} from './rules.ts';
