// Trunk post_build hook (runs in the staging directory before it becomes
// dist/). It
//  1. writes the service worker's precache lists from the files this build
//     produced (hashed names included), so they are never hand-written: the
//     shell's, and each feature's (its module, the snippets and content only
//     it uses), with a version derived from their contents, so a new build
//     gets a new cache;
//  2. completes the Content-Security-Policy meta tag with the SHA-256 of each
//     inline script Trunk generated, so no 'unsafe-inline' is needed;
//  3. in a release build, writes each compressible file's brotli (quality 11)
//     and gzip (level 9) next to it (`x.wasm.br`, `x.wasm.gz`), for hosts that
//     send precompressed files (nginx `brotli_static`/`gzip_static`, Caddy
//     `precompressed`; tools/serve.mjs does). Compressing once at build time
//     at the highest quality sends 11 % fewer bytes than a host compressing
//     each request at brotli 5 (the shell's wasm: 129.7 KB instead of 146.0).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

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

// Sub-resource integrity of a file of the build (a path inside staging).
const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(staging, f))).digest('base64')}`;
// The 16 hex digits a file's name carries: the SHA-256 of its bytes (or of
// the bytes of the files that go together, a module's JS and wasm).
const nameHash = (...parts) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex').slice(0, 16);

// --- 0. Minified scripts ----------------------------------------------------
// wasm-bindgen's glue, the snippets and our own scripts are written for
// people; the browser gets them minified (terser; names of exports, imports
// and properties are kept, so the glue's bindings still meet the wasm):
// 2.2 KB less brotli on the first load, 1.8–2.1 KB per feature module.
// The key-derivation loader is minified below, together with the worker
// script that calls it by name. sw.js only loses its comment lines and
// indentation: tests give a new build's worker by rewriting its
// `const VERSION = "…"` line.
const minified = async (code, module) => {
  const out = await minify(code, { module, compress: true, mangle: true, format: { comments: false } });
  return `${out.code}\n`;
};
const BOOT = /^boot(-[0-9a-f]+)?\.js$/;
for (const f of walk(staging)) {
  const name = f.split(sep).pop();
  if (!name.endsWith('.js') || name === 'sw.js' || /^binh-an-kdf(-[0-9a-f]+)?\.js$/.test(name)) continue;
  // boot.js is a classic script (its top-level names stay as they are).
  writeFileSync(f, await minified(readFileSync(f, 'utf8'), !BOOT.test(name)));
}

// --- 1. Content-Security-Policy -------------------------------------------
const indexPath = join(staging, 'index.html');
// index.html's comments are for its readers (a tenth of its bytes): not
// sent with the first load.
let html = readFileSync(indexPath, 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '');

// Trunk copies the stylesheet as written (its own minifier would also
// rewrite the wasm-bindgen glue, so it stays off): drop the comments and
// indentation here, which is a fifth of the first load's CSS (its name and
// integrity hash follow below).
for (const [, css] of html.matchAll(/<link rel="stylesheet" href="[^"]*?([^"/]+\.css)"/g)) {
  const path = join(staging, css);
  const text = readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
  writeFileSync(path, `${text}\n`);
}

// Trunk named the stylesheet, boot.js and the shell's JS after what it wrote;
// the steps above rewrote them. A host caches hashed names for a year
// (docs/hosting.md), so a name must change whenever the bytes do, also when
// only this script's rewriting changed: each gets the hash of its final
// bytes, and index.html (the links and Trunk's inline loader) follows.
// (The snippets' paths carry no content hash; hosts revalidate them.)
for (const [, old] of [...html.matchAll(/(?:href=|src=|from )["']\/?((?:main|boot|binh-an)-[0-9a-f]+\.(?:css|js))["']/g)]) {
  if (!html.includes(old)) continue; // renamed already (named twice in index.html)
  const stem = old.replace(/-[0-9a-f]+\.(css|js)$/, '');
  const ext = old.slice(old.lastIndexOf('.'));
  const now = `${stem}-${nameHash(readFileSync(join(staging, old)))}${ext}`;
  if (now === old) continue;
  renameSync(join(staging, old), join(staging, now));
  html = html.split(old).join(now);
}
// Trunk preloads every JS snippet of the crate, also those only a feature
// module uses (the key-derivation worker's main-thread side): keep the
// preloads the shell's own script imports, drop the others from the first
// load. The feature modules import the same files when they need them.
const shellJs = (html.match(/<link rel="modulepreload" href="[^"]*?([^"/]+\.js)"/) || [])[1];
if (shellJs) {
  const imported = readFileSync(join(staging, shellJs), 'utf8');
  html = html.replace(/<link rel="modulepreload" href="[^"]*?(snippets\/[^"]+)"[^>]*>/g,
    (tag, path) => (imported.includes(path) ? tag : ''));
}
// Every integrity hash Trunk wrote names the file as it is now.
html = html.replace(/(<(?:link|script)\b[^>]*?\b(?:href|src)="\/?([^"]+)"[^>]*?\bintegrity=")[^"]+"/g,
  (tag, start, path) => `${start}${sri(path)}"`);
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.trim().length > 0);
const hashes = inlineScripts.map(
  (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
// A feature module writes its own stylesheet (style/<name>.css, every one
// but main.css, which Trunk links) into a <style> element
// (src/app/ui/style.rs): allow exactly those texts.
const styleDir = new URL('../style/', import.meta.url);
const styleHashes = readdirSync(styleDir)
  .filter((f) => f.endsWith('.css') && f !== 'main.css')
  .sort()
  .map((f) => `'sha256-${createHash('sha256').update(readFileSync(new URL(f, styleDir))).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styleHashes.join(' ')}`.trim(),
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

// --- 2. Feature modules -----------------------------------------------------
// Trunk builds each feature (binh-an-check, -quiz, -notes) as a "worker" (no
// script tag); the shell finds its hashed files through a meta tag and
// imports them when the feature's screen opens. Trunk does not hash "worker"
// outputs; hash them here so a host may cache them for ever, like the rest.
// The features are index.html's worker modules but the key-derivation one
// (a host test keeps those in step with src/core/features.rs).
const FEATURES = [...readFileSync(new URL('../index.html', import.meta.url), 'utf8')
  .matchAll(/data-bin="binh-an-([a-z-]+)" data-type="worker"/g)]
  .map((m) => m[1])
  .filter((name) => name !== 'kdf');
if (FEATURES.length === 0) {
  console.error('postbuild: index.html builds no feature module');
  process.exit(1);
}
const topFiles = readdirSync(staging);
// The shell checks both files against their integrity hashes when it loads
// them (modulepreload with integrity, fetch with integrity).
const metas = FEATURES.map((name) => {
  const stem = `binh-an-${name}`;
  const plainJs = topFiles.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?\\.js$`).test(f));
  const plainWasm = topFiles.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?_bg\\.wasm$`).test(f));
  if (!plainJs || !plainWasm) {
    console.error(`postbuild: the feature module ${stem} is missing from the build`);
    process.exit(1);
  }
  const hash = nameHash(readFileSync(join(staging, plainJs)), readFileSync(join(staging, plainWasm)));
  const js = `${stem}-${hash}.js`;
  const wasm = `${stem}-${hash}_bg.wasm`;
  renameSync(join(staging, plainJs), join(staging, js));
  renameSync(join(staging, plainWasm), join(staging, wasm));
  return `<meta name="binh-an-feature" data-feature="${name}" data-js="${js}" data-wasm="${wasm}" `
    + `data-js-integrity="${sri(js)}" data-wasm-integrity="${sri(wasm)}">`;
});
// --- 2a. The key-derivation worker -------------------------------------------
// binh-an-kdf (Argon2id alone) is built like the features (ES module loader);
// public/kdf-worker.js is appended to its loader to make one module worker
// script, which calls the loader's `__wbg_init` and `derive_key` directly.
// Both files get hashed names and integrity hashes in <meta name="binh-an-kdf">:
// the page checks the script's bytes before starting it, the worker the wasm's.
{
  const stem = 'binh-an-kdf';
  const plainJs = topFiles.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?\\.js$`).test(f));
  const plainWasm = topFiles.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?_bg\\.wasm$`).test(f));
  if (!plainJs || !plainWasm) {
    console.error(`postbuild: the key-derivation module ${stem} is missing from the build`);
    process.exit(1);
  }
  const loader = readFileSync(join(staging, plainJs), 'utf8');
  if (!/\bfunction __wbg_init\b/.test(loader) || !/\bexport function derive_key\b/.test(loader)) {
    console.error(`postbuild: ${plainJs} has no __wbg_init or derive_key (wasm-bindgen's "web" loader changed?)`);
    process.exit(1);
  }
  const worker = readFileSync(new URL('../public/kdf-worker.js', import.meta.url), 'utf8');
  const script = await minified(`${loader}\n${worker}`, true);
  const wasmBytes = readFileSync(join(staging, plainWasm));
  const hash = nameHash(script, wasmBytes);
  const js = `kdf-worker-${hash}.js`;
  const wasm = `${stem}-${hash}_bg.wasm`;
  writeFileSync(join(staging, js), script);
  unlinkSync(join(staging, plainJs));
  renameSync(join(staging, plainWasm), join(staging, wasm));
  metas.push(`<meta name="binh-an-kdf" data-js="${js}" data-wasm="${wasm}" `
    + `data-js-integrity="${sri(js)}" data-wasm-integrity="${sri(wasm)}">`);
}
html = html.replace('</head>', `${metas.join('\n')}\n</head>`);
writeFileSync(indexPath, html);

// --- 2b. Headers for a static host ------------------------------------------
// `_headers` (the format of Netlify and Cloudflare Pages; tools/serve.mjs
// reads it too, so the tests run under exactly these headers). The CSP is
// the meta tag's plus what only a header can carry (frame-ancestors).
// Permissions-Policy denies every powerful feature the app does not use;
// Web Share and clipboard writes (sharing a check result) stay allowed.
const permissions = [
  'accelerometer=()', 'autoplay=()', 'bluetooth=()',
  'camera=()', 'display-capture=()', 'encrypted-media=()', 'fullscreen=()',
  'geolocation=()', 'gyroscope=()', 'hid=()', 'idle-detection=()',
  'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()', 'picture-in-picture=()',
  'publickey-credentials-get=()', 'screen-wake-lock=()', 'serial=()', 'usb=()', 'xr-spatial-tracking=()',
  'clipboard-read=()', 'clipboard-write=(self)', 'web-share=(self)',
].join(', ');
const headers = `# Generated by tools/postbuild.mjs for this build (its CSP carries the hash of
# this build's inline loader). Netlify / Cloudflare Pages format; see
# docs/hosting.md for other hosts.
/*
  Content-Security-Policy: ${csp}; frame-ancestors 'none'
  Referrer-Policy: no-referrer
  Permissions-Policy: ${permissions}
  X-Content-Type-Options: nosniff
  Cross-Origin-Opener-Policy: same-origin
  X-Frame-Options: DENY
/index.html
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
`;
writeFileSync(join(staging, '_headers'), headers);

// --- 3. Service worker precache ---------------------------------------------
// Content files per feature: written by the list in src/core/features.rs
// (Feature::content, the names the screens fetch them by); a host test
// fails when this block and that list disagree.
const CONTENT = {
  check: ['risk-check.json', 'scan-phrases.json'],
  quiz: ['quiz/tricks.json', 'quiz/online.json', 'quiz/love.json', 'quiz/abroad.json', 'quiz/law.json', 'quiz/rights.json', 'quiz/help.json', 'quiz/guide.json'],
  notes: ['support-guide.json'],
};

// Each feature's files: its module (JS and wasm), the snippets its JS
// imports that the shell's does not, its content, and the key-derivation
// worker's two files for the feature(s) that start that worker.
// With the browser's data saver on, the service worker precaches only the
// rest (the shell) and keeps a feature when the user chooses it.
// content/hotlines.json is the source of src/core/hotlines_data.rs: the shell
// has the directory compiled in and nothing fetches the file (2.3 KB the
// first visit precached for nothing).
try { unlinkSync(join(staging, 'content', 'hotlines.json')); } catch { /* already gone */ }

// Content as shipped: the same data without what only its reviewers read.
// A source keeps its publisher, its date and the site it was read on (the
// one part of its address a screen shows, src/i18n/sources.rs); the full
// address and the reviewer's note stay in content/ in the repository. No
// indentation. 22 KB less of the first visit's precache (brotli 11), 3.8 KB
// less on a cold /check. The app validates the shipped files as it loads
// them, and the e2e suite runs on them.
const shipped = (v) => {
  if (Array.isArray(v)) return v.map(shipped);
  if (!v || typeof v !== 'object') return v;
  const source = 'publisher' in v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (source && k === 'note') continue;
    out[k] = source && k === 'url' && typeof x === 'string' ? (/^https?:\/\/[^/?#]+/.exec(x) ?? [x])[0] : shipped(x);
  }
  return out;
};
for (const f of walk(join(staging, 'content'))) {
  if (f.endsWith('.json')) writeFileSync(f, JSON.stringify(shipped(JSON.parse(readFileSync(f, 'utf8')))));
}

// The snippet files a module's JS imports (paths inside staging).
const snippetsOf = (js) => [...readFileSync(join(staging, js), 'utf8').matchAll(/['"][^'"]*?(snippets\/[^'"]+\.js)['"]/g)]
  .map((m) => m[1]);
// Snippets no module imports (left in Trunk's wasm-bindgen output by an
// earlier build) are not part of this build: they would be precached.
const importedSnippets = new Set(readdirSync(staging).filter((f) => f.endsWith('.js')).flatMap(snippetsOf));
const built = walk(staging).map((p) => relative(staging, p).split(sep).join('/'));
for (const p of built) {
  if (p.startsWith('snippets/') && !importedSnippets.has(p)) unlinkSync(join(staging, p));
}
const files = built
  .filter((p) => !p.startsWith('snippets/') || importedSnippets.has(p))
  .filter((p) => p !== 'sw.js' && p !== '_headers' && !p.endsWith('.map'))
  .sort();
const shellSnippets = new Set(shellJs ? snippetsOf(shellJs) : []);
const kdfMeta = html.match(/<meta name="binh-an-kdf" data-js="([^"]+)" data-wasm="([^"]+)"/);
if (!kdfMeta) {
  console.error('postbuild: no <meta name="binh-an-kdf"> in index.html');
  process.exit(1);
}
// The bytes the "keep for offline use" step downloads: each file's body as
// the precompressed brotli of a release build (item 3), or at the quality
// tools/serve.mjs uses for a debug build (5) (headers not counted; a host
// that sends files uncompressed sends more).
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|json|webmanifest|svg|txt)$/;
const RELEASE = process.env.TRUNK_PROFILE === 'release';
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: RELEASE ? 11 : 5 } });
const packed = new Map();
const served = (f) => {
  const body = readFileSync(join(staging, f));
  if (!COMPRESSIBLE.test(f)) return body.length;
  if (!packed.has(f)) packed.set(f, brotli(body));
  return packed.get(f).length;
};
const featureFiles = {};
for (const name of FEATURES) {
  const meta = html.match(new RegExp(`<meta name="binh-an-feature" data-feature="${name}" data-js="([^"]+)" data-wasm="([^"]+)"`));
  const own = snippetsOf(meta[1]).filter((s) => !shellSnippets.has(s));
  // The module that looks up the worker's meta tag (src/web/kdf.rs) starts it.
  const kdf = readFileSync(join(staging, meta[2])).includes('binh-an-kdf') ? [kdfMeta[1], kdfMeta[2]] : [];
  const content = CONTENT[name].map((c) => `content/${c}`);
  const list = [...new Set([meta[1], meta[2], ...own, ...kdf, ...content])];
  for (const f of list) {
    if (!files.includes(f)) {
      console.error(`postbuild: ${name}: ${f} is not in the build`);
      process.exit(1);
    }
  }
  featureFiles[name] = Object.fromEntries(list.map((f) => [f, served(f)]));
  const bytes = Object.values(featureFiles[name]).reduce((a, b) => a + b, 0);
  // N of the feature's "keep for offline use (N KB)": every file downloaded.
  html = html.replace(new RegExp(`(<meta name="binh-an-feature" data-feature="${name}"[^>]*)>`), `$1 data-bytes="${bytes}">`);
}
writeFileSync(indexPath, html);
const inFeature = new Set(Object.values(featureFiles).flatMap(Object.keys));

const version = createHash('sha256');
for (const f of files) {
  version.update(f);
  version.update(readFileSync(join(staging, f)));
}
const precache = ['./', ...files.filter((f) => f !== 'index.html' && !inFeature.has(f))];
const swPath = join(staging, 'sw.js');
const withoutComments = (text) => `${text.split('\n').map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//')).join('\n')}\n`;
const sw = withoutComments(readFileSync(swPath, 'utf8'))
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__PRECACHE__', JSON.stringify(precache))
  .replace('__FEATURES__', JSON.stringify(featureFiles));
if (sw.includes('__PRECACHE__') || sw.includes('__VERSION__') || sw.includes('__FEATURES__')) {
  console.error('postbuild: sw.js placeholders were not replaced');
  process.exit(1);
}
writeFileSync(swPath, sw);

// 3. Precompressed copies, written last: every file above is final now. A
// debug build (trunk serve) skips this; its files are large and change often.
if (RELEASE) {
  for (const f of files.concat('sw.js')) {
    if (!COMPRESSIBLE.test(f)) continue;
    const body = readFileSync(join(staging, f));
    // Files the steps above rewrote are compressed again; the others reuse
    // what the feature lists measured.
    const br = f === 'index.html' || f === 'sw.js' || !packed.has(f) ? brotli(body) : packed.get(f);
    writeFileSync(join(staging, `${f}.br`), br);
    writeFileSync(join(staging, `${f}.gz`), gzipSync(body, { level: 9 }));
  }
}
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); precache of ${precache.length} files`
  + ` (shell), features: ${FEATURES.map((n) => `${n} ${Object.keys(featureFiles[n]).length}`).join(', ')}`);
