// Real results that every runtime must reproduce from the BUILT entry points: plain Node ESM,
// plain Node CJS (scripts/smoke.mjs) and headless Chromium (test/browser/run.mjs).
// Each check: [what, (module) => actual, expected]; `actual` is compared as JSON.

export const RUNTIME_CHECKS = {
  sanitize: [
    [
      'sanitizeCode folds full-width digits, 【】 and ー',
      (m) => m.sanitizeCode('【１２３４ー５６７８】', { alphabet: 'digits', length: 8 }).value,
      '12345678',
    ],
    [
      'sanitizeCode explains in Japanese',
      (m) => m.sanitizeCode(' 1234', { alphabet: 'digits' }, { locale: 'ja' }).changes[0].message,
      'コードの前後にあった空白・改行を取り除きました。',
    ],
    [
      'sanitizeCode checks the Crockford check symbol',
      (m) => m.sanitizeCode('x011z5$', { alphabet: 'crockford', checksum: 'crockford' }).value,
      'X011Z5$',
    ],
    [
      'sanitizeCode refuses a superscript',
      (m) => m.sanitizeCode('1234²', { alphabet: 'digits' }).error.code,
      'ambiguous-character',
    ],
    [
      'preparePassword keeps an emoji ZWJ sequence and warns about the trailing space',
      (m) => {
        const result = m.preparePassword('correct horse 👨‍👩‍👧 ', { mode: 'set', minLength: 8 });
        return [result.value, result.warnings.map((w) => w.code)];
      },
      ['correct horse 👨‍👩‍👧 ', ['trailing-whitespace', 'non-ascii']],
    ],
    [
      'preparePassword refuses a lone surrogate',
      (m) => m.preparePassword('abc\uD800defghijklmnop', { mode: 'login' }).error.code,
      'lone-surrogate',
    ],
  ],
  zod: [
    [
      'codeSchema transforms to the cleaned value',
      (m) => m.codeSchema({ alphabet: 'digits', length: 6 }).parse(' １２３ ４５６ '),
      '123456',
    ],
    [
      'passwordSchema reports our code',
      (m) => m.passwordSchema({ mode: 'set' }).safeParse('short').success,
      false,
    ],
  ],
};

/** Runs the checks of the entries present in `modules` ({ entry: namespace }); returns failures. */
export function runChecks(modules) {
  const results = [];
  for (const [entry, checks] of Object.entries(RUNTIME_CHECKS)) {
    const module = modules[entry];
    if (module === undefined) continue;
    for (const [what, run, expected] of checks) {
      let actual;
      try {
        actual = run(module);
      } catch (error) {
        actual = `threw ${error}`;
      }
      const pass = JSON.stringify(actual) === JSON.stringify(expected);
      results.push({ entry, what, pass, actual, expected });
    }
  }
  return results;
}
