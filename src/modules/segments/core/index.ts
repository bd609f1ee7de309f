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
