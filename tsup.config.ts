import { defineConfig } from 'tsup';

/**
 * `npm run build` empties dist/ first (not tsup's `clean`, which races the parallel builds below).
 * One entry per subpath of the `exports` map in package.json; the names match its keys.
 * Library entries are built `platform: 'neutral'` (browsers, Node, edge); the CLI is Node-only.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      sanitize: 'src/sanitize/index.ts',
      email: 'src/email/index.ts',
      deliverability: 'src/deliverability/index.ts',
      'deliverability/disposable': 'src/deliverability/disposable/index.ts',
      intent: 'src/intent/index.ts',
      sla: 'src/sla/index.ts',
      triage: 'src/triage/index.ts',
      zod: 'src/zod/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['punycode/punycode.js', 'zod', 'zod/mini'],
    // Keep Japanese messages readable (and smaller) in dist instead of \uXXXX escapes.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // support-kit/node: the Node-only helpers (DNS look-ups).
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['punycode/punycode.js', 'zod', 'zod/mini'],
  },
]);
