import { createVitest } from 'vitest/node';
const files = process.argv.slice(2);
const ctx = await createVitest('test', {
  config: 'vitest.mutation.config.ts', pool: 'threads', maxWorkers: 1, watch: false,
  coverage: { enabled: false }, onConsoleLog: () => false, reporters: [],
});
ctx.projects.forEach((p) => { p.config.testNamePattern = /zzzz-no-match/; });
for (const file of files) {
  const times = [];
  for (let i = 0; i < 2; i++) {
    ctx.state.filesMap.clear();
    const t = performance.now();
    await ctx.start([file]);
    times.push(performance.now() - t);
  }
  console.log(`${times[1].toFixed(0).padStart(6)} ms  ${file}`);
}
await ctx.close();
