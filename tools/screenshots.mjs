// Screenshots of every route at 360×740 (vi, en, dark) for review, from the
// release build in dist/. Writes target/screenshots/*.png and, with --readme,
// docs/home.png for the README.
//   node tools/screenshots.mjs [--readme] [route ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const routes = args.filter((a) => a.startsWith('/'));
const ROUTES = routes.length ? routes : ['/', '/hotlines', '/safety', '/check'];
const server = await startServer('dist', 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
mkdirSync('target/screenshots', { recursive: true });
for (const [tag, opts, lang] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi']]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...opts });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  for (const route of ROUTES) {
    await page.goto(origin + route);
    await page.locator('#quick-exit').waitFor();
    const name = `${route === '/' ? 'home' : route.slice(1).replaceAll('/', '-')}-${tag}`;
    await page.screenshot({ path: `target/screenshots/${name}.png` });
    if (readme && route === '/' && tag === 'vi') await page.screenshot({ path: 'docs/home.png' });
  }
  if (!routes.length) {
    // The safety page's remove-everything step, then discreet mode on home.
    await page.goto(`${origin}/safety`);
    await page.locator('#wipe-all-open').click();
    await page.locator('#wipe-all').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/safety-wipe-all-${tag}.png` });
    await page.locator('#discreet-mode').check();
    await page.goto(`${origin}/`);
    await page.locator('#quick-exit').waitFor();
    await page.screenshot({ path: `target/screenshots/home-discreet-${tag}.png` });
    await page.evaluate(() => localStorage.removeItem('binh-an.look'));
  }
  await context.close();
}
await browser.close();
server.close();
console.log('screenshots in target/screenshots/');
