import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sanitizeCode } from '../src/sanitize/index.ts';
it('works', () => { expect(sanitizeCode(' 12 ', { alphabet: 'digits' }).ok).toBe(!!fc); });
