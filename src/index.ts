export * from './sanitize/index.ts';
export * from './sla/index.ts';
export * from './zod/index.ts';
