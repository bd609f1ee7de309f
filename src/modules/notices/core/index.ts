export * from './event-templates.ts';
export * from './format.ts';
export * from './reminder-timing.ts';
export * from './render.ts';
export * from './templates.ts';
