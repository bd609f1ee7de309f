export * from './priority.ts';
export * from './reply-address.ts';
export * from './targets.ts';
