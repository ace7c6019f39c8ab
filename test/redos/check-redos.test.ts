// The ReDoS gate must be able to fail (issue #10): scripts/check-redos.mjs run on fixtures that hold
// a vulnerable literal, a vulnerable pattern built from an imported constant, a string handed to
// `search`, and a pattern from a parameter, and on fixtures that are safe.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function checkRedos(path: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/check-redos.mjs', path], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('scripts/check-redos.mjs', () => {
  it('fails on vulnerable literal, built and implicit patterns, and on a dynamic pattern', {
    timeout: 60_000,
  }, () => {
    const { status, output } = checkRedos('test/redos/fixtures/unsafe');
    expect(status).toBe(1);
    expect(output).toMatch(/unsafe\/nested\.ts:2 +literal +\/\^\(a\+\)\+\$\/ +vulnerable +exponential/);
    // The real pattern is seen through the import, the array and the template.
    expect(output).toMatch(/unsafe\/built\.ts:8 +RegExp\(\) +\/\^\(\?:\(x\+x\+\)\+y\|z\)\$\/ +vulnerable/);
    expect(output).toContain(
      "cannot check dynamic RegExp at test/redos/fixtures/unsafe/dynamic.ts:3: 'pattern' is not a module-level constant",
    );
    // A string handed to `search` is compiled into a RegExp: it is checked too.
    expect(output).toMatch(/unsafe\/search\.ts:5 +\.search\(\) +\/\(a\|aa\)\+\$\/ +vulnerable/);
    expect(output).toContain('0 safe, 3 vulnerable, 0 unknown, 1 dynamic');
  });

  it('passes on safe patterns, literal or built from constants', { timeout: 60_000 }, () => {
    const { status, output } = checkRedos('test/redos/fixtures/safe');
    expect(output).toMatch(/patterns\.ts:6 +RegExp\(\) +\/\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$\/u +safe/);
    expect(output).toContain(
      '2 regular expressions in 1 files (1 literals, 1 constructed): 2 safe, 0 vulnerable',
    );
    expect(status).toBe(0);
  });
});
