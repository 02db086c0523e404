// Unlock time of the release build at phone speed (scripts/dev.sh bench-notes;
// issue 15 item 6). Serves dist/ on 127.0.0.1, creates a notebook in headless
// Chromium, then times unlocks (tap to the list, measured in the page) with
// the CPU slowed 1× and 6× (CDP Emulation.setCPUThrottlingRate; 6× is the
// usual stand-in for a cheap Android phone), and how long quick exit takes
// to leave while a derivation runs. Prints machine-readable lines:
//   BENCH unlock_release_ms median=… min=… max=… runs=… cpu=1
//   BENCH unlock_release_x6_ms median=… cpu=6   (the worker is not throttled)
//   BENCH unlock_main_thread_x6_ms median=… cpu=6 worker=off   (phone speed)
//   BENCH quick_exit_during_derive_ms median=… cpu=6
// Figures only; it fails when something cannot be measured, never on a time.
//   node tools/kdf-bench.mjs [dist] [runs]
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const dist = process.argv[2] || 'dist';
const runs = Math.max(3, Number(process.argv[3] || 5));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PASS = 'con mèo đen ngủ trên mái nhà';
const NEUTRAL = 'https://www.google.com/search';

const server = await startServer(dist, 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function stats(name, times, extra) {
  const s = [...times].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  console.log(`BENCH ${name} median=${median.toFixed(1)} min=${s[0].toFixed(1)} max=${s[n - 1].toFixed(1)} runs=${n} ${extra}`);
}

async function ready(page) {
  await page.waitForSelector('#quick-exit', { timeout: 60_000 });
  await page.waitForSelector('#boot', { state: 'detached', timeout: 60_000 });
}

try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  await context.route(`${NEUTRAL}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }));
  const page = await context.newPage();
  await page.goto(`${origin}/notes`);
  await ready(page);
  await page.fill('#notes-new-pass', PASS, { timeout: 60_000 });
  await page.fill('#notes-confirm-pass', PASS);
  await page.click('#notes-create');
  await page.click('#notes-open', { timeout: 60_000 });
  await page.waitForSelector('#notes-list');
  const cdp = await context.newCDPSession(page);

  // One unlock, timed in the page from the tap to the list.
  async function unlockOnce() {
    await page.click('#notes-lock');
    await page.waitForSelector('#notes-unlock');
    await page.fill('#notes-pass', PASS);
    const ms = await page.evaluate(() => new Promise((resolve, reject) => {
      const start = performance.now();
      const seen = () => document.querySelector('#notes-list');
      const observer = new MutationObserver(() => {
        if (seen()) { observer.disconnect(); resolve(performance.now() - start); }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => reject(new Error('no list after 60 s')), 60_000);
      document.querySelector('#notes-unlock-btn').click();
    }));
    return ms;
  }

  for (const rate of [1, 6]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await unlockOnce(); // warm: worker script and wasm in the cache
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await unlockOnce());
    stats(rate === 1 ? 'unlock_release_ms' : `unlock_release_x${rate}_ms`, times, `cpu=${rate}`);
  }

  // CDP's CPU throttling slows the page, not a worker, so the worker's 6×
  // figure above is not phone speed. The same derivation on the page's own
  // thread (the fallback where no worker can start) is throttled: that is
  // the phone-speed figure for the chosen cost.
  {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    await ctx.addInitScript(() => { window.Worker = undefined; });
    const p = await ctx.newPage();
    await p.goto(`${origin}/notes`);
    await ready(p);
    await p.fill('#notes-new-pass', PASS, { timeout: 60_000 });
    await p.fill('#notes-confirm-pass', PASS);
    await p.click('#notes-create');
    await p.click('#notes-open', { timeout: 120_000 });
    await p.waitForSelector('#notes-list');
    const s2 = await ctx.newCDPSession(p);
    await s2.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const times = [];
    for (let i = 0; i < runs; i++) {
      await p.click('#notes-lock');
      await p.waitForSelector('#notes-unlock');
      await p.fill('#notes-pass', PASS);
      times.push(await p.evaluate(() => new Promise((resolve, reject) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('#notes-list')) { observer.disconnect(); resolve(performance.now() - start); }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error('no list after 120 s')), 120_000);
        document.querySelector('#notes-unlock-btn').click();
      })));
    }
    stats('unlock_main_thread_x6_ms', times, 'cpu=6 worker=off');
    await ctx.close();
  }

  // Quick exit in the middle of a derivation, CPU 6×.
  const exits = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${origin}/notes`);
    await ready(page);
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.fill('#notes-pass', PASS, { timeout: 60_000 });
    const worker = page.waitForEvent('worker');
    await page.click('#notes-unlock-btn');
    await worker;
    const start = Date.now();
    await page.click('#quick-exit');
    await page.waitForURL(`${NEUTRAL}**`, { waitUntil: 'commit' });
    exits.push(Date.now() - start);
    await session.detach();
  }
  stats('quick_exit_during_derive_ms', exits, 'cpu=6');
} finally {
  await browser.close();
  server.close();
}
