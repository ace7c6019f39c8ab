import type { CodeFormat } from '../sanitize/index.ts';
import { UsageError } from './command.ts';

const ALPHABETS = ['digits', 'alnum', 'crockford', 'hex'] as const;
type AlphabetName = (typeof ALPHABETS)[number];

function positiveInteger(text: string, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`--format: ${what} must be a positive integer, got "${text}"`);
  return value;
}

/**
 * Reads the `--format` spec of `support-kit code`: either JSON (`{"alphabet":"digits","length":6}`)
 * or comma-separated words: an alphabet (`digits`, `alnum`, `crockford`, `hex`, or `chars=ABC123`),
 * `length=N` or `length=N-M`, `group=N`, `checksum=luhn|crockford`, `case-sensitive`.
 *
 * @example
 * parseFormatSpec('crockford,length=9,group=4,checksum=crockford')
 */
export function parseFormatSpec(spec: string): CodeFormat {
  const trimmed = spec.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as CodeFormat;
    } catch (error) {
      throw new UsageError(`--format: invalid JSON (${(error as Error).message})`);
    }
  }
  const format: {
    alphabet?: CodeFormat['alphabet'];
    length?: number | { min: number; max: number };
    groupSize?: number;
    checksum?: 'luhn' | 'crockford';
    caseSensitive?: boolean;
  } = {};
  for (const word of trimmed.split(',')) {
    const [key = '', value = ''] = word.trim().split('=', 2);
    if (key === '') continue;
    if ((ALPHABETS as readonly string[]).includes(key) && value === '') format.alphabet = key as AlphabetName;
    else if (key === 'chars' && value !== '') format.alphabet = { chars: value };
    else if (key === 'length') {
      const [min = '', max] = value.split('-', 2);
      format.length =
        max === undefined
          ? positiveInteger(min, 'length')
          : { min: positiveInteger(min, 'length'), max: positiveInteger(max, 'length') };
    } else if (key === 'group') format.groupSize = positiveInteger(value, 'group');
    else if (key === 'checksum' && (value === 'luhn' || value === 'crockford')) format.checksum = value;
    else if (key === 'case-sensitive' && value === '') format.caseSensitive = true;
    else throw new UsageError(`--format: unknown part "${word.trim()}"`);
  }
  return format as CodeFormat;
}
