// First-load size of / : every file index.html references (scripts, wasm,
// styles, manifest, icon) plus the service worker the page registers, raw,
// gzip and brotli. Fails when the brotli total passes budget.json.
//   node tests/size-budget.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url))).first_load_brotli_bytes;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = (html.match(/<base href="([^"]*)"/) || [, '/'])[1];

const refs = new Set(['index.html', 'sw.js']);
for (const m of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
  let ref = m[1];
  if (/^(tel:|https?:|data:|#)/.test(ref)) continue;
  if (ref.startsWith(base)) ref = ref.slice(base.length);
  ref = ref.replace(/^\.?\//, '');
  if (ref && existsSync(join(dist, ref))) refs.add(ref);
}
// The loader script names the shell's wasm; count it even if no preload
// link does.
for (const m of html.matchAll(/module_or_path: '([^']+)'/g)) refs.add(m[1].replace(base, '').replace(/^\.?\//, ''));

const rows = [...refs].sort().map((file) => {
  const body = readFileSync(join(dist, file));
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(48)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
console.log(`${'TOTAL first load of /'.padEnd(48)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
console.log(`budget (brotli): ${budget} bytes; used ${(100 * total.brotli / budget).toFixed(1)}%`);
// What opening each feature screen adds (not part of the first load).
const b = (x) => brotliCompressSync(x, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const metas = [...html.matchAll(/<meta name="binh-an-feature" data-feature="([^"]+)" data-js="([^"]+)" data-wasm="([^"]+)"/g)];
if (metas.length === 0) {
  console.error('size budget: no feature module named in index.html');
  process.exit(1);
}
for (const [, feature, jsName, wasmName] of metas) {
  const [js, wasm] = [jsName, wasmName].map((f) => readFileSync(join(dist, f)));
  console.log(`feature module "${feature}" (loaded when its screen opens): ${jsName} + ${wasmName}: ` +
    `raw ${js.length + wasm.length}, gzip ${gzipSync(js).length + gzipSync(wasm).length}, brotli ${b(js) + b(wasm)}`);
}
if (!rows.some((r) => r.file.endsWith('.wasm'))) {
  console.error('size budget: no .wasm file found among the first-load files');
  process.exit(1);
}
if (total.brotli > budget) {
  console.error(`size budget: ${total.brotli} brotli bytes exceed the budget of ${budget}`);
  process.exit(1);
}
