import { describe, expect, it } from 'vitest';
import { canonicalizeEmail, EMAIL_PROVIDERS, providerOf } from '../../src/email/index.ts';

describe('built-in provider table', () => {
  it('lists every Fastmail-owned domain of the research (MaxMind minfraud list + messagingengine.com)', () => {
    const fastmail = EMAIL_PROVIDERS.find((p) => p.id === 'fastmail');
    expect(fastmail?.domains).toHaveLength(118);
    for (const d of ['fea.st', '123mail.org', 'the-quickest.com', 'mailservice.ms', 'messagingengine.com']) {
      expect(providerOf(d)?.id, d).toBe('fastmail');
    }
    expect(canonicalizeEmail('Shop@Joe.fea.st')).toMatchObject({ canonical: 'joe@fea.st' });
  });

  it('expands grouped domains once and keeps the array', () => {
    const outlook = EMAIL_PROVIDERS.find((p) => p.id === 'outlook');
    expect(outlook?.domains).toContain('hotmail.co.jp');
    expect(outlook?.domains).toHaveLength(89);
    expect(outlook?.domains).toBe(outlook?.domains);
  });

  it('shares one frozen provider object per row', () => {
    const a = canonicalizeEmail('a@gmail.com');
    const b = canonicalizeEmail('b@googlemail.com');
    expect(a.ok && b.ok && a.provider === b.provider && Object.isFrozen(a.provider)).toBe(true);
  });
});
