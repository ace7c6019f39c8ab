// Regression from the linear-time benchmark (issue #10): findNewText kept an object for every line,
// so 4 MB of quoted lines cost ~10x what 1 MB did. Lines are now read one at a time and a run of
// blank lines is kept as one; what counts as new text must not change.
import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/intent/index.ts';
import { findNewText } from '../../src/intent/regions.ts';

describe('findNewText: many lines', () => {
  it('keeps only the new line among 500,000 quoted lines', () => {
    const text = `返金してください\n${'> 以前のメール\n'.repeat(500_000)}`;
    expect(findNewText(text)).toEqual([0, 8]);
    expect(detectIntent(text).intents.map((intent) => intent.id)).toEqual(['refund.request']);
  });

  it('reads a signature after a long run of blank lines as a signature', () => {
    // findNewText reads normalised text: lower-case Latin.
    const body = 'please cancel my order.';
    const text = `${body}${'\n'.repeat(100_000)}best regards,\ntaro yamada\nacme inc`;
    expect(findNewText(text)).toEqual([0, body.length]);
  });

  it('keeps paragraphs apart when blank lines are collapsed', () => {
    const text = 'first\n\n\n\nsecond\n\n\nthird';
    const ranges = findNewText(text);
    const kept = [];
    for (let i = 0; i < ranges.length; i += 2) kept.push(text.slice(ranges[i], ranges[i + 1]));
    expect(kept).toEqual(['first', 'second', 'third']);
  });
});
