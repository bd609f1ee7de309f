export { type Config, readConfig } from './config.ts';
export { type Running, startTenure } from './start.ts';
