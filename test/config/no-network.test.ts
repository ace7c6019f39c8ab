import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseEveryEntry } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;

/** What reaches the network (or Node's I/O) from a browser entry. */
const NETWORK: readonly [string, RegExp][] = [
  ['fetch', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['a node: module', /['"]node:/],
  ['require(…)', /(?<![\w$.])require\s*\(/],
];

/** The pure entries' sources: everything but the Node-only module and the CLI. */
function browserSources(): string[] {
  const dir = join(root, 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.startsWith('node/') && !name.startsWith('cli/'))
    .map((name) => join(dir, name));
}

/** The built browser entries and their chunks (not node.* or cli.*), when dist/ exists. */
function browserBundles(): string[] {
  const dir = join(root, 'dist');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:js|cjs)$/.test(name) && !/^(?:node|cli)\./.test(name))
    .map((name) => join(dir, name));
}

/** In the built CommonJS files a `require` may only load a chunk of the package or a dependency. */
const BUILT: readonly [string, RegExp][] = [
  ...NETWORK.filter(([what]) => what !== 'require(…)'),
  [
    'require(…) of a module',
    /(?<![\w$.])require\s*\(\s*["'](?!\.\.?\/|punycode\/punycode\.js["']|zod(?:\/mini)?["'])/,
  ],
];

function findings(files: readonly string[], patterns = NETWORK): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [what, pattern] of patterns) {
      if (pattern.test(text)) found.push(`${file.slice(root.length)}: ${what}`);
    }
  }
  return found;
}

describe('no network in the pure entries', () => {
  it('finds every pattern it looks for (the scan is not blind)', () => {
    for (const sample of [
      'fetch(url)',
      'new XMLHttpRequest()',
      'new WebSocket(u)',
      'new EventSource(u)',
      'navigator.sendBeacon(u)',
      'importScripts(u)',
      "import dns from 'node:dns'",
      'require("http")',
    ]) {
      expect(
        NETWORK.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    }
  });

  it('src/ (but src/node and src/cli) has none', () => {
    const files = browserSources();
    expect(files.length).toBeGreaterThan(50);
    expect(findings(files)).toEqual([]);
  });

  it('the built browser bundles have none (when built)', () => {
    expect(findings(browserBundles(), BUILT)).toEqual([]);
    expect(BUILT.some(([, pattern]) => pattern.test('require("fs")'))).toBe(true);
    expect(BUILT.some(([, pattern]) => pattern.test('require("./chunk-A.cjs")'))).toBe(false);
  });
});

describe('at run time: no network call, no new global', () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  const NAMES = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'] as const;
  const saved = NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete scope[name];
      else Object.defineProperty(globalThis, name, descriptor);
    }
  });

  it('through every entry, config validation included', () => {
    const calls: string[] = [];
    for (const name of NAMES) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        writable: true,
        value: (..._args: unknown[]) => {
          calls.push(name);
          throw new Error(`${name} called`);
        },
      });
    }
    const globals = Object.getOwnPropertyNames(globalThis).sort();
    const prototypes = [Object, Array, String, Function, Number, RegExp, Map, Set, Promise].map((c) =>
      Object.getOwnPropertyNames(c.prototype).sort(),
    );
    exerciseEveryEntry();
    expect(calls).toEqual([]);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globals);
    expect(
      [Object, Array, String, Function, Number, RegExp, Map, Set, Promise].map((c) =>
        Object.getOwnPropertyNames(c.prototype).sort(),
      ),
    ).toEqual(prototypes);
  });
});
