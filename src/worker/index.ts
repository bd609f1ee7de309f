export type { DueWorkSource } from './due-work.ts';
export { Worker, type WorkerOptions } from './worker.ts';
