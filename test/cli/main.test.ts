import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from './memoryIo.ts';

describe('support-kit (no command)', () => {
  it('prints the command list for --help', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: support-kit <command>');
    expect(out()).toMatch(/^ {2}code {2,}clean and validate codes/m);
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
});
