export * from './deliverability/index.ts';
export * from './email/index.ts';
export * from './intent/index.ts';
export * from './sanitize/index.ts';
export * from './sla/index.ts';
export * from './triage/index.ts';
export * from './zod/index.ts';
