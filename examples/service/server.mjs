// A minimal HTTP service around support-kit (Node's `http` module, no framework): the shape to
// copy when wrapping the library in a service.
//
//   POST /triage        { text, from?, receivedAt?, channel?, subject?, locale? } → triageInquiry result
//   POST /emails/check  { address, locale? } → { canonical, provider, hints, suggestion }
//
// JSON in, JSON out. Errors are JSON too, with a stable code: 400 bad-json / bad-request,
// 404 not-found, 405 method-not-allowed (with Allow), 413 body-too-large, 415 unsupported-media-type.
// Run: npm run build && node examples/service/server.mjs [port]   (PORT env also works)
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const ROUTES = new Set(['/triage', '/emails/check']);

/**
 * Makes the service. `lib` holds the library functions (from 'support-kit/triage',
 * 'support-kit/email', 'support-kit/deliverability'), so a test can pass the sources.
 * `now()` gives the receipt time of inquiries without `receivedAt`.
 */
export function createSupportServer(
  lib,
  { bodyLimit = 256 * 1024, now = () => Date.now(), policies = {} } = {},
) {
  const send = (res, status, body, headers = {}) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
      ...headers,
    });
    res.end(json);
  };
  const fail = (res, status, code, message, headers) =>
    send(res, status, { ok: false, error: { code, message } }, headers);

  const readBody = (req) =>
    new Promise((done, reject) => {
      const declared = Number(req.headers['content-length']);
      if (declared > bodyLimit) return reject(Object.assign(new Error('too large'), { status: 413 }));
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size > bodyLimit) {
          reject(Object.assign(new Error('too large'), { status: 413 }));
          req.resume();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const policyFor = (locale) => {
    const region = locale === 'ja' ? 'ja-JP' : 'en-US';
    policies[region] ??= lib.defaultPolicy(region);
    return policies[region];
  };

  const handlers = {
    '/triage': (body) => {
      if (typeof body.text !== 'string') return [400, 'bad-request', '"text" must be a string'];
      const locale = body.locale === 'ja' ? 'ja' : 'en';
      return [
        200,
        lib.triageInquiry(
          {
            text: body.text,
            from: typeof body.from === 'string' ? body.from : null,
            receivedAt: body.receivedAt ?? now(),
            channel: typeof body.channel === 'string' ? body.channel : undefined,
            subject: typeof body.subject === 'string' ? body.subject : undefined,
          },
          { policy: policyFor(locale), locale },
        ),
      ];
    },
    '/emails/check': (body) => {
      if (typeof body.address !== 'string') return [400, 'bad-request', '"address" must be a string'];
      const locale = body.locale === 'ja' ? 'ja' : 'en';
      const canonical = lib.canonicalizeEmail(body.address, { locale });
      const hints = lib.deliverabilityHints(body.address, { locale });
      return [
        200,
        {
          ok: canonical.ok,
          address: hints.address,
          canonical: canonical.ok ? canonical.canonical : null,
          provider: canonical.ok ? canonical.provider : null,
          hints: hints.hints,
          suggestion: hints.suggestion,
          ...(canonical.ok ? {} : { error: canonical.error }),
        },
      ];
    },
  };

  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!ROUTES.has(path)) return fail(res, 404, 'not-found', `no route ${path}`);
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'use POST', { allow: 'POST' });
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return fail(res, 415, 'unsupported-media-type', 'send content-type: application/json');
    }
    let text;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error.status === 413) {
        return fail(res, 413, 'body-too-large', `the body is over ${bodyLimit} bytes`, {
          connection: 'close',
        });
      }
      return fail(res, 400, 'bad-request', 'the body could not be read');
    }
    let body;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return fail(res, 400, 'bad-json', `the body is not JSON: ${error.message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return fail(res, 400, 'bad-request', 'the body must be a JSON object');
    }
    try {
      const [status, result, message] = handlers[path](body);
      if (status !== 200) return fail(res, status, result, message);
      return send(res, 200, result);
    } catch (error) {
      return fail(res, 500, 'internal-error', error instanceof Error ? error.message : String(error));
    }
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const modules = await Promise.all(
    ['triage', 'email', 'deliverability'].map((name) => import(/* @vite-ignore */ `support-kit/${name}`)),
  );
  const lib = Object.assign({}, ...modules);
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = createSupportServer(lib);
  server.listen(port, '127.0.0.1', () =>
    console.log(`support-kit service on http://127.0.0.1:${server.address().port}`),
  );
}
