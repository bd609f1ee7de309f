export { advancingClockCount, type StepResult, stepAdvancingClock } from './advance.ts';
export { presentTestClock } from './present.ts';
export {
  advanceTestClock,
  createTestClock,
  deleteTestClock,
  findTestClock,
  getTestClock,
  listTestClocks,
  timeFor,
  timeForChange,
} from './test-clocks.ts';
