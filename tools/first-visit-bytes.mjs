// Every byte a first visit of / costs, with the browser's data saver off and
// on: what the server sends (headers and bodies, to the page and to the
// service worker) from opening / until the worker is installed, controls
// the page and the network is quiet. From the release build in dist/, served
// by tools/serve.mjs (the build's precompressed brotli-11 copies). Without request routing, which
// would turn off the HTTP cache (as the e2e fixtures' routing does).
//   node tools/first-visit-bytes.mjs [--files] [dist]
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

// As tests/e2e/save-data.spec.mjs: the data saver on for the page and, by
// the served sw.js, for the service worker.
const SAVE_DATA = `if (self.NetworkInformation) Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true, configurable: true });`;
const DIST = process.argv.slice(2).find((a) => !a.startsWith('--')) || 'dist';
const SW = readFileSync(join(DIST, 'sw.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// The data saver's run serves a copy of dist/ whose sw.js has that line in
// front, so the worker goes out compressed and with its headers like the
// built one.
const saverDist = mkdtempSync(join(tmpdir(), 'binh-an-save-data-'));
// Times kept: tools/serve.mjs sends a precompressed copy only if it is not
// older than its file (the patched sw.js below is then compressed on the fly).
cpSync(DIST, saverDist, { recursive: true, preserveTimestamps: true });
writeFileSync(join(saverDist, 'sw.js'), `${SAVE_DATA}\n${SW}`);
for (const saving of [false, true]) {
  const server = await startServer(saving ? saverDist : DIST, 0, '/');
  const rows = [];
  const sockets = new Set();
  server.on('connection', (s) => sockets.add(s));
  server.on('request', (req, res) => {
    const end = res.end;
    res.end = function (body, ...rest) {
      rows.push([new URL(req.url, 'http://x').pathname, body ? body.length : 0]);
      return end.call(this, body, ...rest);
    };
  });
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 }, isMobile: true });
  if (saving) await context.addInitScript(SAVE_DATA);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await context.close();
  server.closeAllConnections();
  server.close();
  const total = [...sockets].reduce((t, s) => t + s.bytesWritten, 0);
  console.log(`data saver ${saving ? 'on ' : 'off'}: ${total} B in ${rows.length} responses (bodies ${rows.reduce((t, r) => t + r[1], 0)} B)`);
  if (process.argv.includes('--files')) for (const [path, n] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(8)} ${path}`);
}
await browser.close();
rmSync(saverDist, { recursive: true, force: true });
