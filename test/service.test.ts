import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the example is plain JavaScript without types
import { createSupportServer } from '../examples/service/server.mjs';
import { deliverabilityHints } from '../src/deliverability/index.ts';
import { canonicalizeEmail } from '../src/email/index.ts';
import { defaultPolicy, triageInquiry } from '../src/triage/index.ts';

const server = createSupportServer(
  { triageInquiry, defaultPolicy, canonicalizeEmail, deliverabilityHints },
  { bodyLimit: 64 * 1024, now: () => Date.parse('2026-11-20T09:00:00+09:00') },
);
let base = '';

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('examples/service', () => {
  it('POST /triage answers with the triage of the inquiry', async () => {
    const response = await post(
      '/triage',
      JSON.stringify({
        text: '至急お願いします。明日のイベントで使う商品がまだ届きません。注文番号A-100です。',
        from: 'taro@au.com',
        receivedAt: '2026-11-20T09:12:00+09:00',
        locale: 'ja',
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as Record<string, unknown> & {
      sender: { carrier: string };
      sla: { timeZone: string };
    };
    expect(body).toMatchObject({ ok: true, needsReply: true });
    expect(body.sender.carrier).toBe('au');
    expect(body.sla.timeZone).toBe('Asia/Tokyo');
  });

  it('uses the server clock for an inquiry without receivedAt', async () => {
    const response = await post('/triage', JSON.stringify({ text: 'Where is my order?' }));
    const body = (await response.json()) as { receivedAt: string };
    expect(Date.parse(body.receivedAt)).toBe(Date.parse('2026-11-20T09:00:00+09:00'));
  });

  it('POST /emails/check gives the canonical key and hints', async () => {
    const response = await post(
      '/emails/check',
      JSON.stringify({ address: 'Taro.Yamada+shop@googlemail.com' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, canonical: 'taroyamada@gmail.com' });
    const typo = await (await post('/emails/check', JSON.stringify({ address: 'taro@gmial.com' }))).json();
    expect(typo).toMatchObject({ suggestion: 'taro@gmail.com' });
    const bad = await (await post('/emails/check', JSON.stringify({ address: 'no-at-sign' }))).json();
    expect(bad).toMatchObject({ ok: false, canonical: null });
  });

  it.each([
    ['/triage', '{"text": ', 400, 'bad-json'],
    ['/triage', '[1, 2]', 400, 'bad-request'],
    ['/triage', '{"from": "a@b.jp"}', 400, 'bad-request'],
    ['/emails/check', '{"address": 42}', 400, 'bad-request'],
  ])('POST %s %s → %i %s', async (path, body, status, code) => {
    const response = await post(path, body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await post('/triage', JSON.stringify({ text: 'x'.repeat(100 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });

  it('answers 404, 405 and 415 with coded errors', async () => {
    const missing = await post('/nope', '{}');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not-found' } });
    const get = await fetch(`${base}/triage`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const text = await post('/triage', 'hello', 'text/plain');
    expect(text.status).toBe(415);
  });
});
