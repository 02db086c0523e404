// Trunk post_build hook (runs in the staging directory before it becomes
// dist/). It
//  1. writes the service worker's precache list from the files this build
//     produced (hashed names included), so it is never hand-written, and a
//     version derived from their contents, so a new build gets a new cache;
//  2. completes the Content-Security-Policy meta tag with the SHA-256 of each
//     inline script Trunk generated, so no 'unsafe-inline' is needed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// --- 1. Content-Security-Policy -------------------------------------------
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.trim().length > 0);
const hashes = inlineScripts.map(
  (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (!html.includes('__CSP__')) {
  console.error('postbuild: index.html has no __CSP__ placeholder');
  process.exit(1);
}
html = html.replace('__CSP__', csp);
writeFileSync(indexPath, html);

// --- 2. Feature bundle -------------------------------------------------------
// Trunk builds binh-an-features as a "worker" (no script tag); the shell
// finds its hashed files through this meta tag and imports them on demand.
// Trunk does not hash "worker" outputs; hash them here so a host may cache
// them for ever, like the rest (the shell always names the pair it needs).
const topFiles = readdirSync(staging);
const plainJs = topFiles.find((f) => /^binh-an-features(-[0-9a-f]+)?\.js$/.test(f));
const plainWasm = topFiles.find((f) => /^binh-an-features(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!plainJs || !plainWasm) {
  console.error('postbuild: the feature bundle (binh-an-features) is missing from the build');
  process.exit(1);
}
const featHash = createHash('sha256')
  .update(readFileSync(join(staging, plainJs)))
  .update(readFileSync(join(staging, plainWasm)))
  .digest('hex')
  .slice(0, 16);
const featJs = `binh-an-features-${featHash}.js`;
const featWasm = `binh-an-features-${featHash}_bg.wasm`;
renameSync(join(staging, plainJs), join(staging, featJs));
renameSync(join(staging, plainWasm), join(staging, featWasm));
html = html.replace('</head>', `<meta name="binh-an-features" data-js="${featJs}" data-wasm="${featWasm}">\n</head>`);
writeFileSync(indexPath, html);

// --- 3. Service worker precache ---------------------------------------------
const files = walk(staging)
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && !p.endsWith('.map'))
  .sort();
const version = createHash('sha256');
for (const f of files) {
  version.update(f);
  version.update(readFileSync(join(staging, f)));
}
const precache = ['./', ...files.filter((f) => f !== 'index.html')];
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__PRECACHE__', JSON.stringify(precache));
if (sw.includes('__PRECACHE__') || sw.includes('__VERSION__')) {
  console.error('postbuild: sw.js placeholders were not replaced');
  process.exit(1);
}
writeFileSync(swPath, sw);
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); precache of ${precache.length} files`);
