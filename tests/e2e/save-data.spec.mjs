// The browser's data saver (navigator.connection.saveData): the service
// worker precaches only the shell, caches a feature's files when they are
// fetched anyway, and a feature's screen offers to keep the rest of it for
// offline use, with its size. Without it, everything is precached and no
// offer is shown.
import { test, expect, appReady, swControlling, stopServerWhenOffline, DIST } from './fixtures.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { auditor } from './a11y.mjs';

// Turns the data saver on as a phone with it on reports it. The page gets
// it from an init script; a service worker has its own navigator, which no
// init script and no DevTools emulation reaches (Emulation.setDataSaverOverride
// on the page leaves the worker's saveData false), so the test server sends
// the built sw.js with the same line in front of it: the worker's own code
// then reads self.navigator.connection.saveData === true at install.
const SAVE_DATA = `if (self.NetworkInformation) Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true, configurable: true });`;
const SW = readFileSync(`${DIST}sw.js`, 'utf8');

async function saveDataOn(context, server) {
  await context.addInitScript(SAVE_DATA);
  server.raw.overrides.set('/sw.js', { type: 'text/javascript', body: `${SAVE_DATA}\n${SW}` });
}

// The built worker's lists: PRECACHE (the shell) and FEATURES (per feature,
// each file and the brotli bytes it costs), as tools/postbuild.mjs wrote them.
const PRECACHE = JSON.parse(SW.match(/^const PRECACHE = (\[.*\]);$/m)[1]).map((p) => (p === './' ? '/' : `/${p}`));
const FEATURES = JSON.parse(SW.match(/^const FEATURES = (\{.*\});$/m)[1]);
const files = (name) => Object.keys(FEATURES[name]).map((f) => `/${f}`);
const allFeatureFiles = [...new Set(Object.keys(FEATURES).flatMap(files))];
const HTML = readFileSync(`${DIST}index.html`, 'utf8');
/** The feature's meta tag: its module files and N, the bytes of all its files. */
function meta(name) {
  const tag = HTML.match(new RegExp(`<meta name="binh-an-feature" data-feature="${name}"[^>]*>`))[0];
  const attr = (a) => tag.match(new RegExp(`${a}="([^"]+)"`))[1];
  return { js: `/${attr('data-js')}`, wasm: `/${attr('data-wasm')}`, bytes: Number(attr('data-bytes')) };
}
const kb = (bytes) => Math.ceil(bytes / 1000);

/** Paths in the app's one cache. */
/**
 * Opens `route`, then again once the worker controls the page, so that the
 * screen's own files go through the worker (the first load came before it).
 */
async function openThroughWorker(page, server, route) {
  await page.goto(server.url(route));
  await appReady(page);
  await swControlling(page);
  await page.reload();
  await appReady(page);
}

/** Taps "keep for offline use" and waits for the Vietnamese "kept" line. */
async function keepIt(page) {
  await page.locator('#keep-offline').click();
  await expect(page.locator('.keep-offline [role="status"]')).toHaveText('Đã lưu: phần này dùng được cả khi không có mạng.');
}

async function cachedPaths(page) {
  return page.evaluate(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('binh-an-'));
    if (keys.length !== 1) throw new Error(`caches: ${keys}`);
    const cache = await caches.open(keys[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
}

/**
 * What the server sends: every path asked for, the body bytes per response
 * (as sent: compressed), and every byte on its sockets (headers included).
 */
function watchServer(server) {
  const paths = [];
  const bodies = [];
  const sockets = new Set();
  server.raw.on('request', (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    paths.push(path);
    // The server ends each response with its whole body (after awaiting
    // the file, so this listener is in place by then).
    const end = res.end;
    res.end = function (body, ...rest) {
      bodies.push([path, body ? body.length : 0]);
      return end.call(this, body, ...rest);
    };
  });
  server.raw.on('connection', (s) => sockets.add(s));
  return { paths, bodies, bytes: () => [...sockets].reduce((t, s) => t + s.bytesWritten, 0) };
}

test('the build\'s lists: each feature has its module and content, the shell the rest, N is their sum', () => {
  const kdf = HTML.match(/<meta name="binh-an-kdf" data-js="([^"]+)" data-wasm="([^"]+)"/);
  const content = {
    check: ['risk-check.json', 'scan-phrases.json'],
    quiz: ['quiz/tricks.json', 'quiz/guide.json'],
    notes: ['support-guide.json'],
  };
  for (const name of ['check', 'quiz', 'notes']) {
    const m = meta(name);
    expect(files(name)).toEqual(expect.arrayContaining([m.js, m.wasm, ...content[name].map((c) => `/content/${c}`)]));
    expect(m.bytes).toBe(Object.values(FEATURES[name]).reduce((a, b) => a + b, 0));
    for (const f of files(name)) expect(PRECACHE, `${f} is not in the shell`).not.toContain(f);
  }
  // The key-derivation worker goes with the notes only.
  expect(files('notes')).toEqual(expect.arrayContaining([`/${kdf[1]}`, `/${kdf[2]}`]));
  expect(files('check')).not.toContain(`/${kdf[2]}`);
  // The shell keeps what the first screens need.
  for (const p of ['/', '/manifest.webmanifest']) expect(PRECACHE).toContain(p);
  // The hotline directory is compiled into the shell: its JSON is not shipped.
  expect(PRECACHE).not.toContain('/content/hotlines.json');
  expect(existsSync(`${DIST}content/hotlines.json`)).toBe(false);
  expect(PRECACHE.some((p) => /^\/binh-an-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
});

test('data saver on: only the shell is precached; the check is kept when chosen and then works offline', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  const seen = watchServer(server);
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  await page.waitForLoadState('networkidle');
  // The worker itself sees the data saver.
  const [worker] = context.serviceWorkers();
  expect(await worker.evaluate(() => self.navigator.connection.saveData)).toBe(true);
  expect(await cachedPaths(page)).toEqual([...PRECACHE].sort());
  expect(seen.paths.filter((p) => allFeatureFiles.includes(p)), 'no feature file downloaded').toEqual([]);

  // The check opens; what it fetched is cached on first use, and it offers
  // to keep the rest (the scan's phrases), with their size.
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('.feature-root #check-begin')).toBeVisible({ timeout: 20_000 });
  const keep = page.locator('#keep-offline');
  await expect(keep).toBeVisible({ timeout: 20_000 });
  let cached = await cachedPaths(page);
  const check = meta('check');
  for (const f of [check.js, check.wasm, '/content/risk-check.json']) expect(cached, 'cached on first use').toContain(f);
  expect(cached).not.toContain('/content/scan-phrases.json');
  const missing = files('check').filter((f) => !cached.includes(f));
  const left = kb(missing.reduce((t, f) => t + FEATURES.check[f.slice(1)], 0));
  expect(left).toBeGreaterThan(0);
  expect(left).toBeLessThan(kb(check.bytes));
  await expect(keep).toHaveText(`Lưu để dùng khi không có mạng (${left} KB)`);
  await expect(page.locator('.keep-offline')).toContainText('tiết kiệm dữ liệu');
  // A 44 px target.
  expect((await keep.boundingBox()).height).toBeGreaterThanOrEqual(44);
  await page.locator('#lang-switch').click();
  await expect(keep).toHaveText(`Keep for offline use (${left} KB)`);
  await expect(page.locator('.keep-offline')).toContainText('data saver is on');
  await keep.click();
  await expect(page.locator('.keep-offline [role="status"]')).toHaveText('Saved: this part works without a connection too.');
  await expect(keep).toHaveCount(0);
  cached = await cachedPaths(page);
  for (const f of files('check')) expect(cached, 'kept').toContain(f);
  // Nothing but the build's own lists ever reaches the cache, and the empty
  // entry that marks the check as kept (so an update keeps all of it).
  expect(cached.filter((p) => !PRECACHE.includes(p) && !files('check').includes(p))).toEqual(['/__kept__/check']);

  // Offline: the kept check opens, with no offer, and both ways in work;
  // the notes, never opened, say they need a connection.
  await stopServerWhenOffline(page, server);
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('.feature-root #check-begin')).toBeVisible({ timeout: 20_000 });
  await page.locator('.feature-root #check-begin').click();
  await expect(page.locator('#check-question')).toBeVisible();
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('.feature-root #check-open-scan').click();
  await expect(page.locator('#scan-text')).toBeVisible();
  await page.locator('#scan-text').fill('Việc nhẹ lương cao, bao ăn ở, không cần kinh nghiệm');
  await expect(page.locator('#keep-offline')).toHaveCount(0);
  page.allowError(/Failed to fetch|ERR_CONNECTION_REFUSED|ERR_FAILED|feature module/i);
  await page.goto(server.url('/notes'));
  await appReady(page);
  await expect(page.locator('.page .notice[role="alert"]')).toContainText(
    'This content could not be loaded yet', { timeout: 20_000 });
});

test('data saver on: keeping without a connection fails, says nothing was lost, and can be tried again', async ({ context, page, server }, testInfo) => {
  const audit = auditor(page, testInfo);
  await saveDataOn(context, server);
  // The quiz list, opened before the worker took over, is not cached yet.
  await openThroughWorker(page, server, '/quiz');
  await expect(page.locator('li[data-pack]').first()).toBeVisible({ timeout: 20_000 });
  const keep = page.locator('#keep-offline');
  await expect(keep).toContainText('Lưu để dùng khi không có mạng (');
  // The module came with the list (cached on first use); the packs, which
  // the list does not fetch, and the teacher's guide are left.
  const cached = await cachedPaths(page);
  const quiz = meta('quiz');
  for (const f of [quiz.js, quiz.wasm]) expect(cached).toContain(f);
  const left = files('quiz').filter((f) => !cached.includes(f));
  expect(left).toContain('/content/quiz/guide.json');
  const bytes = left.reduce((t, f) => t + FEATURES.quiz[f.slice(1)], 0);
  await expect(keep).toHaveText(`Lưu để dùng khi không có mạng (${kb(bytes)} KB)`);
  await stopServerWhenOffline(page, server);
  await keep.click();
  const status = page.locator('.keep-offline [role="status"]');
  await expect(status).toHaveText('Chưa lưu được. Không có gì bị mất; bạn có thể thử lại khi có mạng.');
  await expect(keep).toBeEnabled();
  await page.locator('#lang-switch').click();
  await expect(status).toHaveText('Could not save it. Nothing was lost; you can try again when you are online.');
  await audit.check('quiz list, keeping failed (en)');
  await audit.assertClean();
});

test('data saver off: everything is precached and no screen offers to keep it', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  await page.waitForLoadState('networkidle');
  const cached = await cachedPaths(page);
  expect(cached).toEqual([...new Set([...PRECACHE, ...allFeatureFiles])].sort());
  for (const [route, ready] of [['/check', '.feature-root #check-begin'], ['/quiz', 'li[data-pack]'], ['/notes', '#notes-setup']]) {
    await page.goto(server.url(route));
    await appReady(page);
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('#keep-offline')).toHaveCount(0);
  }
});

test('a first visit of / with the data saver on downloads the shell only', async ({ browser, server }) => {
  // Every byte the server sends (headers and bodies, to the page and to the
  // worker) from opening / until the worker is installed and all is quiet.
  // The fixtures' request routing turns off the HTTP cache, so here the
  // worker downloads the shell's files a second time: the totals are upper
  // bounds (tools/first-visit-bytes.mjs measures without routing); what is
  // checked is that no byte of a feature goes out with the data saver on.
  async function firstVisit(saving) {
    const context = await browser.newContext();
    if (saving) await saveDataOn(context, server);
    else server.raw.overrides.delete('/sw.js');
    const seen = watchServer(server);
    const page = await context.newPage();
    await page.goto(server.url('/'));
    await appReady(page);
    await swControlling(page);
    await page.waitForLoadState('networkidle');
    await context.close();
    const featureBytes = seen.bodies.filter(([p]) => allFeatureFiles.includes(p)).reduce((t, [, n]) => t + n, 0);
    return { total: seen.bytes(), featureBytes, paths: [...seen.paths] };
  }
  const off = await firstVisit(false);
  const on = await firstVisit(true);
  // The test's sw.js goes out uncompressed and one line longer; a host
  // sends the build's precompressed one, as in the first run: count that.
  const hook = Buffer.byteLength(`${SAVE_DATA}\n${SW}`) - readFileSync(`${DIST}sw.js.br`).length;
  const features = Object.values(FEATURES).reduce((all, f) => Object.assign(all, f), {});
  const sum = Object.values(features).reduce((a, b) => a + b, 0);
  const twice = (paths) => [...new Set(paths.filter((p, i) => paths.indexOf(p) !== i))].join(' ');
  const report = `data saver off ${off.total} B, on ${on.total - hook} B (feature files: ${sum} B as counted by postbuild;`
    + ` sent off ${off.featureBytes}, on ${on.featureBytes}; asked twice: off ${twice(off.paths) || '-'}, on ${twice(on.paths) || '-'})`;
  test.info().annotations.push({ type: 'first visit of /', description: report });
  console.log(`first visit of /: ${report}`);
  // Each feature file once, each as postbuild counted it (same compression).
  expect(off.featureBytes).toBe(sum);
  expect(on.featureBytes).toBe(0);
  expect(on.paths.filter((p) => allFeatureFiles.includes(p))).toEqual([]);
});

test('data saver on: a kept feature stays kept across an update, a never-opened one stays out', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  await openThroughWorker(page, server, '/check');
  await keepIt(page);
  // A new deployment (new version, same files here).
  server.raw.overrides.set('/sw.js', {
    type: 'text/javascript',
    body: `${SAVE_DATA}\n${SW.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"')}`,
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const prompt = page.locator('.update-prompt');
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Tải lại' }).click();
  // The page reloads meanwhile: a look cut off by it counts as "not yet".
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.endsWith('-next'))
    && (await caches.keys()).filter((k) => k.startsWith('binh-an-')).length === 1).catch(() => false), { timeout: 15_000 }).toBe(true);
  await appReady(page);
  const cached = await cachedPaths(page);
  for (const f of [...PRECACHE, ...files('check')]) expect(cached).toContain(f);
  for (const f of [...files('quiz'), ...files('notes')].filter((f) => !files('check').includes(f))) expect(cached).not.toContain(f);
});

test('data saver on: the offer and its kept state pass axe in vi, en and dark mode', async ({ context, page, server }, testInfo) => {
  await saveDataOn(context, server);
  const audit = auditor(page, testInfo);
  await openThroughWorker(page, server, '/notes');
  const keep = page.locator('#keep-offline');
  await expect(keep).toBeVisible({ timeout: 20_000 });
  await audit.check('notes, offer (vi)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await audit.check('notes, offer (vi, dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#lang-switch').click();
  await expect(keep).toContainText('Keep for offline use (');
  await audit.check('notes, offer (en)');
  // With the keyboard: once kept, the button goes and focus moves to the
  // status line, not to the top of the page.
  await keep.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('.keep-offline [role="status"]');
  await expect(status).toHaveText('Saved: this part works without a connection too.');
  await expect(keep).toHaveCount(0);
  await expect(status).toBeFocused();
  await audit.check('notes, kept (en)');
  await audit.assertClean();
  // Kept: the notes' module, its content and the key-derivation worker.
  const cached = await cachedPaths(page);
  for (const f of files('notes')) expect(cached).toContain(f);
});

/** The service worker, once the page has one. */
async function serviceWorker(context) {
  return context.serviceWorkers()[0] || context.waitForEvent('serviceworker');
}

/**
 * Deploys "a new version" (same files, or as `change` rewrites the worker's
 * text) and reloads into it from the prompt.
 */
async function update(page, server, change = (sw) => sw) {
  server.raw.overrides.set('/sw.js', {
    type: 'text/javascript',
    body: `${SAVE_DATA}\n${change(SW.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'))}`,
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const prompt = page.locator('.update-prompt');
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  return async () => {
    await prompt.getByRole('button', { name: 'Tải lại' }).click();
    // The page reloads meanwhile: a look cut off by it counts as "not yet".
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.endsWith('-next'))
      && (await caches.keys()).filter((k) => k.startsWith('binh-an-')).length === 1).catch(() => false), { timeout: 15_000 }).toBe(true);
    await appReady(page);
  };
}

test('data saver on at install, off later: the next start caches every feature', async ({ context, page, server }) => {
  // The worker sees the data saver until the test turns it off; the page
  // never sees it (its start asks the worker to fill in the features).
  const hook = `if (self.NetworkInformation) Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => !self.saveDataOff, configurable: true });`;
  server.raw.overrides.set('/sw.js', { type: 'text/javascript', body: `${hook}\n${SW}` });
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  await page.waitForLoadState('networkidle');
  // The page asked; the worker, saving data, cached nothing more.
  expect(await cachedPaths(page)).toEqual([...PRECACHE].sort());
  const worker = await serviceWorker(context);
  await worker.evaluate(() => { self.saveDataOff = true; });
  await page.reload();
  await appReady(page);
  await expect.poll(() => cachedPaths(page), { timeout: 20_000 })
    .toEqual([...new Set([...PRECACHE, ...allFeatureFiles])].sort());
});

test('only a plain 200 answer is cached on use: not a redirect', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  server.raw.overrides.set('/content/scan-phrases.json', { status: 302, type: 'text/plain', headers: { Location: '/content/risk-check.json' }, body: '' });
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  const statuses = await page.evaluate(async () => Promise.all(['content/scan-phrases.json', 'content/risk-check.json']
    .map(async (p) => { const r = await fetch(p); await r.arrayBuffer(); return [r.status, r.redirected]; })));
  expect(statuses).toEqual([[200, true], [200, false]]);
  await expect.poll(async () => (await cachedPaths(page)).includes('/content/risk-check.json')).toBe(true);
  expect(await cachedPaths(page)).not.toContain('/content/scan-phrases.json');
});

test('the worker answers a request for a feature it does not have: failed', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await swControlling(page);
  // Posted as the app posts (src/web/keep.rs): to the registration's active
  // worker. (The page's `controller` was seen null in 1 of 12 runs: swControlling
  // did not wait for it then; see fixtures.mjs.)
  const answers = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    return Promise.all(['STATUS', 'KEEP'].map((type) => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(e.data);
      worker.postMessage({ type, feature: 'no-such-feature' }, [channel.port2]);
      setTimeout(() => resolve('no answer'), 5_000);
    })));
  });
  expect(answers).toEqual([{ failed: true }, { failed: true }]);
});

test('data saver on: a feature only partly used is not downloaded again at an update', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  await openThroughWorker(page, server, '/quiz/law');
  // One pack opened: the module and that pack are cached on use.
  const quiz = meta('quiz');
  await expect.poll(async () => {
    const cached = await cachedPaths(page);
    return [quiz.js, quiz.wasm, '/content/quiz/law.json'].every((f) => cached.includes(f));
  }, { timeout: 20_000 }).toBe(true);
  await page.goto(server.url('/'));
  await appReady(page);
  const seen = watchServer(server);
  await (await update(page, server))();
  expect(seen.paths.filter((p) => files('quiz').includes(p)), 'quiz files downloaded at the update').toEqual([]);
  expect(await cachedPaths(page)).not.toContain('/content/quiz/guide.json');
});

test('data saver on: a kept feature stays whole across an update that adds a file to it (a new pack)', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  await openThroughWorker(page, server, '/quiz');
  await keepIt(page);
  // The new version's quiz has one more pack.
  const pack = JSON.stringify({ note: 'a pack this update adds' });
  server.raw.overrides.set('/content/quiz/added.json', { type: 'application/json', body: pack });
  const reload = await update(page, server, (sw) => sw.replace(/^const FEATURES = (\{.*\});$/m, (line, json) => {
    const features = JSON.parse(json);
    features.quiz['content/quiz/added.json'] = pack.length;
    return `const FEATURES = ${JSON.stringify(features)};`;
  }));
  await reload();
  const cached = await cachedPaths(page);
  for (const f of [...files('quiz'), '/content/quiz/added.json']) expect(cached, 'still kept').toContain(f);
  // A feature never opened stays out.
  for (const f of files('notes')) expect(cached).not.toContain(f);
});

test('data saver on: a feature kept while an update waits is still kept after it', async ({ context, page, server }) => {
  await saveDataOn(context, server);
  await openThroughWorker(page, server, '/check');
  const keep = page.locator('#keep-offline');
  await expect(keep).toBeVisible({ timeout: 20_000 });
  const reload = await update(page, server);
  // The old worker, still in charge, keeps it in its cache.
  await keep.click();
  await expect(page.locator('.keep-offline [role="status"]')).toHaveText('Đã lưu: phần này dùng được cả khi không có mạng.');
  await reload();
  const cached = await cachedPaths(page);
  for (const f of files('check')) expect(cached, 'carried over').toContain(f);
});
