export { recordUsage, type UsageInput } from './usage-records.ts';
