import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slaCommand } from '../../src/cli/commands/sla.ts';
import { main } from '../../src/cli/main.ts';
import { memoryIo, tempFile } from './memoryIo.ts';

describe('support-kit (no command)', () => {
  it('prints the command list for --help', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit <command>');
    expect(out()).toMatch(/^ {2}code {2,}clean and validate codes/m);
  });

  it('aligns the summaries of the command list after the longest command name', async () => {
    const { io, out } = memoryIo();
    expect(await main(['-h'], io)).toBe(0);
    const list = out()
      .split('\n')
      .filter((line) => /^ {2}[a-z]+ +[a-z]/.test(line));
    expect(list.map((line) => line.slice(0, 10))).toEqual([
      '  triage  ',
      '  code    ',
      '  emails  ',
      '  sla     ',
    ]);
    expect(list.every((line) => line[10] !== ' ')).toBe(true);
  });

  it('prints the package version for --version', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(out().trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([[[]], [['frobnicate']], [['--nope']]])('exits 2 with the usage for %j', async (argv) => {
    const { io, err } = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(err()).toMatch(/^support-kit: /);
    expect(err()).toContain('Usage: support-kit');
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['frobnicate', 'more'], 'unknown command "frobnicate"'],
  ])('names the mistake for %j', async (argv, message) => {
    const { io, out, err } = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(out()).toBe('');
    expect(err().split('\n\n')[0]).toBe(`support-kit: ${message}`);
    expect(err()).toContain('\n\nUsage: support-kit <command> [options]\n');
  });
});

describe('errors of a command', () => {
  it('exits 1 with the message when a file is a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'support-kit-cli-'));
    const { io, out, err } = memoryIo();
    expect(await main(['code', '--format', 'digits', '--file', dir], io)).toBe(1);
    expect(out()).toBe('');
    expect(err()).toMatch(/^support-kit: EISDIR/);
  });

  // root reads any file, so the permission error only shows for other users.
  it.skipIf(process.getuid?.() === 0)('exits 1 with the message when a file may not be read', async () => {
    const file = tempFile('codes.txt', '1234\n');
    chmodSync(file, 0o000);
    const { io, err } = memoryIo();
    expect(await main(['code', '--format', 'digits', '--file', file], io)).toBe(1);
    expect(err()).toMatch(/^support-kit: EACCES/);
  });

  it('passes on an error it does not expect (the binary reports it as a crash)', async () => {
    const file = tempFile('codes.txt', '1234\n');
    const { io } = memoryIo();
    await expect(
      main(['code', '--format', 'digits', '--file', join(file, 'inside')], io),
    ).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  });

  it("prints a command's usage mistake with that command's help, exit 2", async () => {
    const { io, err } = memoryIo();
    expect(await main(['sla', '--events', 'x.json'], io)).toBe(2);
    expect(err()).toBe(`support-kit: --policy <policy.json> is required\n\n${slaCommand.help}\n`);
  });
});
