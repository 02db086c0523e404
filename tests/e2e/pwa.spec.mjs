// Installable and offline: manifest, service worker, update prompt.
import { test, expect, appReady, swControlling, DIST, stopServerWhenOffline } from './fixtures.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';

test('after one online visit, / and a deep link open with the server stopped', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await stopServerWhenOffline(page, server);
  // The server is really gone: a connection to its port is refused.
  const refused = await new Promise((resolve) => {
    const socket = connect(new URL(server.origin).port, '127.0.0.1');
    socket.on('connect', () => { socket.destroy(); resolve(false); });
    socket.on('error', () => resolve(true));
  });
  expect(refused).toBe(true);

  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');

  await page.goto(server.url('/hotlines'));
  await appReady(page);
  await expect(page.locator('#hotline-111 a.btn-call')).toHaveAttribute('href', 'tel:111');

  await page.goto(server.url('/safety'));
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Dùng ứng dụng an toàn');
});

test('the service worker precaches exactly the files of this build', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const mine = keys.filter((k) => k.startsWith('binh-an-'));
    const cache = await caches.open(mine[0]);
    return { names: mine, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  expect(cached.names).toHaveLength(1);
  const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => '/' + join(d.parentPath ?? d.path, d.name).slice(DIST.length).replaceAll('\\', '/'))
    // The host's header file is configuration, and the precompressed copies
    // (x.wasm.br) are the host's: neither is part of the app.
    .filter((p) => p !== '/sw.js' && p !== '/index.html' && p !== '/_headers' && !/\.(br|gz)$/.test(p));
  expect(cached.urls.sort()).toEqual(['/', ...built].sort());
  expect(built.some((p) => /\/binh-an-[0-9a-f]+_bg\.wasm$/.test(p)), 'hashed wasm in the build').toBe(true);
});

test('the manifest parses and has what installing needs', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  const res = await page.request.get(href);
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m.lang).toBe('vi');
  expect(m.name).toContain('Bình An');
  expect(m.short_name).toBe('Bình An');
  expect(m.display).toBe('standalone');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  // Relative start_url and scope work at / and under any sub-path.
  expect(m.start_url).toBe('./');
  expect(m.scope).toBe('./');
  const sizes = m.icons.map((i) => `${i.sizes}:${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  for (const icon of m.icons) {
    const img = await page.request.get(new URL(icon.src, href).href);
    expect(img.ok()).toBe(true);
    const png = await img.body();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
});

test('a waiting new build shows the update prompt; nothing reloads until the user taps', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  // Simulate a new deployment: the server now answers sw.js with new bytes.
  const original = readFileSync(join(DIST, 'sw.js'), 'utf8');
  server.raw.overrides.set('/sw.js', {
    type: 'text/javascript',
    body: original.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'),
  });
  await page.evaluate(() => { window.__marker = 'still here'; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const prompt = page.locator('.update-prompt');
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await expect(prompt).toContainText('Có phiên bản mới');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__marker)).toBe('still here');
  await prompt.getByRole('button', { name: 'Tải lại' }).click();
  await page.waitForFunction(() => window.__marker === undefined, null, { timeout: 15_000 });
  await appReady(page);
  const caches = await page.evaluate(() => caches.keys());
  expect(caches.filter((k) => k.startsWith('binh-an-'))).toEqual([expect.stringMatching(/-next$/)]);
});
