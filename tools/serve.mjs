// A tiny static server for the release build, on 127.0.0.1 only.
//   node tools/serve.mjs <dir> <port> [base]
// Paths without a file extension get index.html (the app shell), as a static
// host configured for a single-page app would. `base` (e.g. /sub/) serves the
// build under a sub-path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// Compressed bodies, as any real host sends them (Lighthouse's slow-4G
// figures depend on it): the release build's precompressed copy
// (`x.wasm.br`, brotli 11, written by tools/postbuild.mjs) when there is one
// and it is not older than the file, as nginx's `brotli_static` sends it;
// otherwise compressed here at quality 5, which keeps the first request of
// each file fast. Kept per process, keyed by path and modification time.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const compressed = new Map();
async function encode(file, mtimeMs, body, accept) {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding) return null;
  const key = `${encoding}:${file}:${mtimeMs}`;
  if (!compressed.has(key)) {
    const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    let pre = null;
    try {
      if ((await stat(copy)).mtimeMs >= mtimeMs) pre = await readFile(copy);
    } catch { /* no precompressed copy */ }
    compressed.set(key, pre || (encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(body, { level: 6 })));
  }
  return { encoding, body: compressed.get(key) };
}

/** The headers of the `/*` block of `<root>/_headers` (written by the build), if any. */
async function globalHeaders(root) {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const out = {};
  let inGlobal = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inGlobal = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (inGlobal && at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

export async function startServer(root, listenPort, basePath = '/') {
  const extra = await globalHeaders(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    // Tests replace a file's bytes here to simulate a new deployment (or
    // its answer: a status and headers, e.g. a redirect).
    const override = server.overrides.get(url.pathname);
    if (override) {
      res.writeHead(override.status || 200, { 'Content-Type': override.type, 'Cache-Control': 'no-cache', ...override.headers })
        .end(override.body);
      return;
    }
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(basePath.length)) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(rel)) {
        res.writeHead(404).end('not found');
        return;
      }
      file = join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      const { mtimeMs } = await stat(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const headers = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff', ...extra, 'Content-Type': type };
      // The shell and the worker must be revalidated so updates are seen;
      // hashed files never change. (Trunk writes the hash without leading
      // zeros: 15 hex digits as often as 1 build in 16.)
      headers['Cache-Control'] = /-[0-9a-f]{12,16}(_bg)?\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      headers.Vary = 'Accept-Encoding';
      const packed = await encode(file, mtimeMs, body, req.headers['accept-encoding'] || '');
      if (packed) headers['Content-Encoding'] = packed.encoding;
      res.writeHead(200, headers).end(packed ? packed.body : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.overrides = new Map();
  return new Promise((resolve) => server.listen(Number(listenPort), '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer(dir, port, base).then(() => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
}
