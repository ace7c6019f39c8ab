import { createVitest } from 'vitest/node';
const isolate = process.argv[2] === 'true';
const files = process.argv.slice(3);
const ctx = await createVitest('test', {
  config: 'vitest.mutation.config.ts', include: (process.env.INC ?? 'test/**/*.test.ts').split(','), pool: 'threads', maxWorkers: 1, watch: false, isolate,
  coverage: { enabled: false }, reporters: [],
});
const pattern = process.env.PATTERN;
if (pattern) ctx.projects.forEach((p) => { p.config.testNamePattern = new RegExp(pattern); });
for (let i = 0; i < 6; i++) {
  ctx.state.filesMap.clear();
  const t = performance.now();
  await ctx.start(files);
  const n = ctx.state.getFiles().flatMap((f) => f.tasks).length;
  console.log(`isolate=${isolate} run ${i}: ${(performance.now() - t).toFixed(0)} ms (${n} suites)`);
}
await ctx.close();
