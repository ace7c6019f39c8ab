// Runs the BUILT binary dist/cli.js as a user would, on files and stdin. When dist/cli.js is
// missing or older than src/, it is rebuilt first with esbuild using the options of the `cli`
// entry of tsup.config.ts (bundle, ESM, node20, shebang; a full `tsup` build with .d.ts takes ~20 s).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'support-kit-bin-'));
const at = '2026-11-20T09:12:00+09:00';

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

beforeAll(async () => {
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestSource(join(root, 'src'))) return;
  await build({
    entryPoints: [join(root, 'src/cli/bin.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['punycode/punycode.js', 'zod', 'zod/mini'],
    charset: 'utf8',
    logLevel: 'error',
  });
}, 60_000);

function run(args: readonly string[], stdin?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('dist/cli.js triage', () => {
  it('triages a file and stdin the same way', () => {
    const line = `${JSON.stringify({ id: 1, text: 'Where is my order #12?', from: 'ken@gmail.com', receivedAt: at })}\n`;
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, line);
    const fromFile = run(['triage', file]);
    const fromStdin = run(['triage', '-'], line);
    expect(fromFile.code).toBe(0);
    expect(fromStdin).toEqual(fromFile);
    expect(JSON.parse(fromFile.out)).toMatchObject({
      line: 1,
      id: 1,
      ok: true,
      sender: { provider: { id: 'gmail' } },
    });
  });

  it('reports the broken lines of a file by number, triages the rest, exits 1', () => {
    const file = join(dir, 'broken.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Where is my order?', receivedAt: at }),
        '{"text": "unterminated',
        JSON.stringify({ subject: 'no text' }),
        JSON.stringify({ text: 'Thanks!', receivedAt: at }),
      ].join('\r\n'),
    );
    const { code, out, err } = run(['triage', file]);
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: not JSON/);
    expect(err).toMatch(/line 3: no "text" string/);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { ok: boolean }).ok),
    ).toEqual([true, false, false, true]);
  });

  it('exits 0 with no output on an empty file', () => {
    const file = join(dir, 'empty.jsonl');
    writeFileSync(file, '');
    expect(run(['triage', file])).toEqual({ code: 0, out: '', err: '' });
  });

  it('exits 1 on a missing file and 2 on a usage error', () => {
    const missing = run(['triage', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ENOENT');
    const usage = run(['triage', '--output', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: support-kit triage');
  });

  it('streams 200,000 lines with bounded memory', async () => {
    const file = join(dir, 'big.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      lines.push(
        JSON.stringify({
          id: i,
          text: `Where is my order #${i}? It has not arrived.`,
          from: `user${i}@example.org`,
          receivedAt: at,
        }),
      );
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    lines.length = 0;
    const timeTool = existsSync('/usr/bin/time');
    const command = timeTool ? '/usr/bin/time' : process.execPath;
    const args = timeTool
      ? ['-v', process.execPath, cli, 'triage', file, '--output', 'table']
      : [
          '-e',
          `import(${JSON.stringify(cli)});process.on('exit',()=>process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n'))`,
          '--',
          'triage',
          file,
          '--output',
          'table',
        ];
    const started = performance.now();
    const { code, rows, err } = await new Promise<{ code: number | null; rows: number; err: string }>(
      (done) => {
        const child = spawn(command, args, { cwd: root });
        let rows = 0;
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 10) rows++;
        });
        child.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
        });
        child.on('close', (exit) => done({ code: exit, rows, err }));
      },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(code).toBe(0);
    expect(rows).toBe(200_000 + 1);
    const kb = Number(
      (timeTool ? /Maximum resident set size \(kbytes\): (\d+)/ : /maxRSS (\d+)/).exec(err)?.[1],
    );
    const mb = kb / 1024;
    console.log(
      `support-kit triage, 200,000 lines: peak RSS ${mb.toFixed(0)} MB, ${seconds.toFixed(1)} s (${Math.round(200_000 / seconds)} lines/s)`,
    );
    expect(mb).toBeGreaterThan(10);
    expect(mb).toBeLessThan(300);
  }, 90_000);
});
