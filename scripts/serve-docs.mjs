// Serves the built documentation site (docs/site/, made by `npm run docs`) on 127.0.0.1:
//   npm run docs:serve                 http://127.0.0.1:4173/ (the next free port if taken)
//   npm run docs:serve -- --port 8080
// Text files are sent compressed (brotli or gzip, as the browser accepts), as any static host
// does. The playground pages get a Content-Security-Policy that allows nothing from elsewhere.
// The browser test (test/browser/playground.mjs) uses createSiteServer from here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt']);

/** Only this origin's own files, no inline script, no fetch: the playground needs nothing else. */
const PLAYGROUND_CSP =
  "default-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

function compressed(body, encoding) {
  if (encoding === 'br') {
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  return gzipSync(body, { level: 9 });
}

function encodingFor(acceptEncoding) {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/**
 * An HTTP server for the files under `dir` (GET and HEAD only; `/x/` serves `/x/index.html`).
 *
 * @param {string} dir - The site's directory.
 * @returns {import('node:http').Server}
 */
export function createSiteServer(dir) {
  const cache = new Map(); // path + encoding + mtime → compressed body
  return createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = join(dir, path);
    if (!file.startsWith(dir + sep) && file !== dir) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (path.startsWith('/playground/') && ext === '.html')
      headers['content-security-policy'] = PLAYGROUND_CSP;
    const encoding = COMPRESSIBLE.has(ext)
      ? encodingFor(String(request.headers['accept-encoding'] ?? ''))
      : null;
    let body;
    if (encoding === null) body = readFileSync(file);
    else {
      const key = `${file} ${encoding} ${statSync(file).mtimeMs}`;
      if (!cache.has(key)) cache.set(key, compressed(readFileSync(file), encoding));
      body = cache.get(key);
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}

function portFromArguments(argv) {
  const index = argv.indexOf('--port');
  const value = index >= 0 ? argv[index + 1] : process.env.PORT;
  const port = value === undefined ? 4173 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`docs:serve: bad port ${value}`);
    process.exit(2);
  }
  return port;
}

function main() {
  const dir = fileURLToPath(new URL('../docs/site', import.meta.url));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error('docs:serve: docs/site/ is not built: run npm run docs first');
    process.exit(1);
  }
  const server = createSiteServer(dir);
  const wanted = portFromArguments(process.argv.slice(2));
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE' && wanted !== 0) {
      console.error(`docs:serve: port ${wanted} is taken; using a free one`);
      server.listen(0, '127.0.0.1');
      return;
    }
    throw error;
  });
  server.on('listening', () => {
    const { port } = server.address();
    console.log(
      `support-kit docs: http://127.0.0.1:${port}/ (playground: http://127.0.0.1:${port}/playground/)`,
    );
    console.log('Ctrl+C stops the server.');
  });
  server.listen(wanted, '127.0.0.1');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
