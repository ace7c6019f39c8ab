export { codeSchema } from './codeSchema.ts';
export { type EmailSchemaOutput, emailSchema } from './emailSchema.ts';
export { passwordSchema } from './passwordSchema.ts';
