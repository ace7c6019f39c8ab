import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IntentId } from '../../src/intent/index.ts';
import { detectIntent } from '../../src/intent/index.ts';

/** The development set lives beside the clone (../shared); CI has it, a fresh checkout may not. */
const FILE = new URL('../../../shared/intent-dev.jsonl', import.meta.url);
const present = existsSync(FILE);

interface Row {
  readonly text: string;
  readonly intents: readonly IntentId[];
  readonly needsReply: boolean;
}

describe.skipIf(!present)('development set (../shared/intent-dev.jsonl)', () => {
  it('meets the targets: macro-F1 >= 0.90, needsReply accuracy >= 0.95', () => {
    const rows = readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Row);
    const predicted = rows.map((row) => detectIntent(row.text, { receivedAt: '2026-11-20T10:00:00+09:00' }));
    const labels = new Set<IntentId>(rows.flatMap((row) => row.intents));
    let f1Sum = 0;
    for (const id of labels) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      rows.forEach((row, i) => {
        const gold = row.intents.includes(id);
        const got = predicted[i]?.intents.some((intent) => intent.id === id) ?? false;
        if (gold && got) tp++;
        else if (got) fp++;
        else if (gold) fn++;
      });
      const p = tp + fp === 0 ? 0 : tp / (tp + fp);
      const r = tp + fn === 0 ? 0 : tp / (tp + fn);
      f1Sum += p + r === 0 ? 0 : (2 * p * r) / (p + r);
    }
    const macroF1 = f1Sum / labels.size;
    const needsReply =
      rows.filter((row, i) => predicted[i]?.needsReply === row.needsReply).length / rows.length;
    expect(rows.length).toBeGreaterThan(100);
    expect(macroF1).toBeGreaterThanOrEqual(0.9);
    expect(needsReply).toBeGreaterThanOrEqual(0.95);
  });
});

it.runIf(!present)('development set: skipped, ../shared/intent-dev.jsonl is not beside this clone', () => {
  expect(present).toBe(false);
});
