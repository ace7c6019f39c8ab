export { codeSchema } from './codeSchema.ts';
export { passwordSchema } from './passwordSchema.ts';
