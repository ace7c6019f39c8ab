import { describe, expect, it, vi } from 'vitest';

/**
 * A fresh copy of the module for every case: the list is indexed on the first call and cached,
 * so without this only the first test of the run would execute (and check) the indexing.
 */
async function isDisposable(domain: string): Promise<boolean> {
  vi.resetModules();
  const { isDisposableDomain } = await import('../../src/deliverability/disposable/isDisposableDomain.ts');
  return isDisposableDomain(domain);
}

/** A domain of exactly `length` characters under mailinator.com (labels of at most 63). */
function under(length: number): string {
  const tail = '.mailinator.com';
  let head = '';
  while (head.length + tail.length < length) {
    const room = length - tail.length - head.length;
    head += head === '' ? 'a'.repeat(Math.min(63, room)) : `.${'a'.repeat(Math.min(63, room - 1))}`;
  }
  return head + tail;
}

describe('isDisposableDomain: exact answers, each on a freshly indexed list', () => {
  it.each([
    ['mailinator.com', true],
    // Case, surrounding space and one root dot are ignored.
    ['  MailInator.COM.  ', true],
    // Subdomains match through their parents, but a longer label is another name.
    ['inbox.mailinator.com', true],
    ['xmailinator.com', false],
    // Real providers, carriers and relays.
    ['gmail.com', false],
    ['docomo.ne.jp', false],
    ['duck.com', false],
    // Only the ASCII (punycode) form is read: a Unicode label makes it false, even under a listed parent.
    ['メール.mailinator.com', false],
    ['', false],
  ] as const)('%j → %s', async (domain, expected) => {
    expect(await isDisposable(domain)).toBe(expected);
  });

  it('reads names up to 253 characters, and calls longer ones not disposable', async () => {
    expect(under(253)).toHaveLength(253);
    expect(await isDisposable(under(253))).toBe(true);
    expect(under(254)).toHaveLength(254);
    expect(await isDisposable(under(254))).toBe(false);
  });
});
