import { describe, expect, it } from 'vitest';
import type { MessageTable } from '../../src/internal/diagnostic.ts';
import { createDiagnostic, fillTemplate } from '../../src/internal/message.ts';

type Code = 'too-long' | 'empty';
const EN: MessageTable<Code> = {
  'too-long': { message: 'At most {max} characters.', action: 'Paste only the code ({max}).' },
  empty: { message: 'Nothing was entered.' },
};
const JA: MessageTable<Code> = {
  'too-long': { message: '最大{max}文字です。', action: 'コードだけを貼り付けてください。' },
  empty: { message: '入力されていません。' },
};

describe('fillTemplate', () => {
  it.each([
    ['at most {max}', { max: 64 }, 'at most 64'],
    ['{char} at {index}', { char: 'x', index: 3 }, 'x at 3'],
    ['{unknown} stays', { max: 1 }, '{unknown} stays'],
    ['no placeholders', { max: 1 }, 'no placeholders'],
    ['{max}', undefined, '{max}'],
  ])('%j with %j', (template, detail, expected) => {
    expect(fillTemplate(template, detail)).toBe(expected);
  });
});

describe('createDiagnostic', () => {
  it('picks the locale and fills message and action', () => {
    expect(createDiagnostic({ en: EN, ja: JA }, 'ja', 'too-long', 'error', { max: 8 })).toEqual({
      code: 'too-long',
      severity: 'error',
      message: '最大8文字です。',
      action: 'コードだけを貼り付けてください。',
      detail: { max: 8 },
    });
  });

  it('defaults to English and leaves out what is absent', () => {
    // toStrictEqual: no `action: undefined` or `detail: undefined` keys in a JSON-friendly result.
    expect(createDiagnostic({ en: EN, ja: JA }, undefined, 'empty', 'info')).toStrictEqual({
      code: 'empty',
      severity: 'info',
      message: 'Nothing was entered.',
    });
  });
});
