import { defineConfig } from 'vitest/config';

/** Per-module coverage floors (issue #3: >= 90 % lines and branches per module). */
const floor = { lines: 90, branches: 90, functions: 90, statements: 90 };

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/bin.ts', 'src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'src/internal/**': floor,
        'src/sanitize/**': floor,
        'src/email/**': floor,
        'src/deliverability/**': floor,
        'src/node/**': floor,
        'src/intent/**': floor,
        'src/sla/**': floor,
        'src/triage/**': floor,
        'src/zod/**': floor,
        'src/cli/**': floor,
      },
    },
  },
});
