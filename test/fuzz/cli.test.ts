// Fuzz (issue #10): the CLI's pure helpers that handle text from input files and the command line —
// table cells (printable, displayWidth, truncateToWidth, fixedWidthLine), CSV records (splitCsv)
// and the `--format` spec (parseFormatSpec). A row stays on one line whatever a cell holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { splitCsv } from '../../src/cli/commands/emails.ts';
import { parseFormatSpec } from '../../src/cli/formatSpec.ts';
import { displayWidth, fixedWidthLine, printable, truncateToWidth } from '../../src/cli/table.ts';
import { sanitizeCode } from '../../src/sanitize/index.ts';
import { HUGE_INPUTS, riskyPiece, userText } from './arbitraries.ts';
import { withinHangGuard } from './bounded.ts';

const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const cell = fc.oneof(
  userText,
  fc.array(riskyPiece, { maxLength: 60 }).map((pieces) => pieces.join('')),
);

describe('fuzz: table cells', () => {
  it('printable leaves no control, format or line-separator character, and is idempotent', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const shown = printable(text);
        expect(shown).not.toMatch(INVISIBLE);
        expect(printable(shown)).toBe(shown);
        if (!INVISIBLE.test(text)) expect(shown).toBe(text);
      }),
      { numRuns: 600 },
    );
  });

  it('truncateToWidth fits the width and keeps a prefix; displayWidth counts 0 to 2 columns a character', () => {
    fc.assert(
      fc.property(cell, fc.integer({ min: 1, max: 30 }), (text, max) => {
        const width = displayWidth(text);
        expect(Number.isInteger(width)).toBe(true);
        expect(width).toBeGreaterThanOrEqual(0);
        expect(width).toBeLessThanOrEqual(2 * [...text].length);
        const cut = truncateToWidth(text, max);
        expect(displayWidth(cut)).toBeLessThanOrEqual(Math.max(max, width <= max ? width : 0));
        if (width <= max) expect(cut).toBe(text);
        else {
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('fixedWidthLine renders any cells as exactly one line', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 5 }),
        (cells, widths) => {
          const line = fixedWidthLine(
            cells,
            widths.map((width) => ({ width })),
          );
          expect(line.endsWith('\n')).toBe(true);
          expect(line.slice(0, -1)).not.toMatch(INVISIBLE);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: splitCsv', () => {
  it('never throws, and quoting the fields it returns gives them back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cell,
          fc.array(fc.constantFrom('"', ',', 'a', '""', ' ', '＂'), { maxLength: 20 }).map((p) => p.join('')),
        ),
        (record) => {
          const fields = splitCsv(record);
          if (fields === undefined) return;
          const quoted = fields.map((field) => `"${field.replaceAll('"', '""')}"`).join(',');
          expect(splitCsv(quoted)).toEqual(fields);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('fuzz: parseFormatSpec', () => {
  it('returns a format sanitizeCode takes, or throws a UsageError', () => {
    const word = fc.constantFrom(
      'digits',
      'alnum',
      'crockford',
      'hex',
      'chars=AB12',
      'length=6',
      'length=4-8',
      'length=0',
      'group=3',
      'checksum=luhn',
      'checksum=crockford',
      'case-sensitive',
      'x=y',
      '',
    );
    const spec = fc.oneof(
      userText,
      fc.array(word, { maxLength: 5 }).map((words) => words.join(',')),
      fc.json(),
    );
    fc.assert(
      fc.property(spec, (text) => {
        let format: ReturnType<typeof parseFormatSpec>;
        try {
          format = parseFormatSpec(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          return;
        }
        expect(typeof format === 'object').toBe(true);
        // A spec written as words is always a valid format (JSON is taken as given).
        if (!text.trim().startsWith('{')) expect(() => sanitizeCode('1234', format)).not.toThrow();
      }),
      { numRuns: 600 },
    );
  });

  it('handles 1 MB cells, records and specs in bounded time', { timeout: 60_000 }, () => {
    // The three inputs richest in what these helpers rewrite (escapes, wide and zero-width characters).
    for (const [name, text] of HUGE_INPUTS.filter(
      ([name]) => !name.startsWith('combining') && !name.startsWith('quoted'),
    )) {
      withinHangGuard(`printable: ${name}`, () => printable(text));
      withinHangGuard(`truncateToWidth: ${name}`, () => truncateToWidth(text, 40));
      withinHangGuard(`splitCsv: ${name}`, () => splitCsv(text));
      withinHangGuard(`parseFormatSpec: ${name}`, () => {
        try {
          parseFormatSpec(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      });
    }
  });
});
