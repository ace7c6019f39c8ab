import { threadId } from 'node:worker_threads';
import { expect, it } from 'vitest';
const g = globalThis as unknown as { __probeRuns?: number };
g.__probeRuns = (g.__probeRuns ?? 0) + 1;
console.error('thread', threadId, 'runs in this thread', g.__probeRuns, 'pid', process.pid);
it('works', () => { expect(1).toBe(1); });
