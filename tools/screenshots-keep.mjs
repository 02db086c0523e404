// Screenshots of the "keep for offline use" offer (data saver on) at
// 360×740 in vi, en, dark and at 200 % text, on the check, the quiz list and
// the notes, from the release build in dist/. Writes target/screenshots/keep-*.png.
//   node tools/screenshots-keep.mjs
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

// As tests/e2e/save-data.spec.mjs: the data saver on for the page and, by
// the served sw.js, for the service worker.
const SAVE_DATA = `if (self.NetworkInformation) Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true, configurable: true });`;
const server = await startServer('dist', 0, '/');
server.overrides.set('/sw.js', { type: 'text/javascript', body: `${SAVE_DATA}\n${readFileSync('dist/sw.js', 'utf8')}` });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
mkdirSync('target/screenshots', { recursive: true });
const BIG = `document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });`;
for (const [tag, opts, lang, big] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi'], ['200', {}, 'vi', true]]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...opts });
  await context.addInitScript(SAVE_DATA);
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  if (big) await context.addInitScript(BIG);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  for (const route of ['/check', '/quiz', '/notes']) {
    await page.goto(origin + route);
    const keep = page.locator('#keep-offline');
    await keep.waitFor({ timeout: 20_000 });
    await page.locator('.keep-offline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/keep-${route.slice(1)}-${tag}.png` });
    if (route === '/check') {
      await keep.click();
      await page.locator('.keep-offline [role="status"]').filter({ hasText: /\S/ }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `target/screenshots/keep-check-kept-${tag}.png` });
    }
  }
  await context.close();
}
await browser.close();
server.close();
console.log('screenshots in target/screenshots/keep-*.png');
