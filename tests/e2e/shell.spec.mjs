// The foundation: home, language, call button, hotlines, quick exit,
// layout, privacy. Offline and PWA checks are in pwa.spec.mjs.
import { test, expect, appReady, NEUTRAL_PREFIX } from './fixtures.mjs';

const ROUTES = ['/', '/hotlines', '/safety', '/check', '/quiz', '/notes', '/no-such-page'];

test('home renders in Vietnamese with the three main entries', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');
  await expect(page.locator('#entry-check strong')).toHaveText('Kiểm tra lời mời việc làm');
  await expect(page.locator('#entry-quiz strong')).toHaveText('Câu đố nâng cao nhận thức');
  await expect(page.locator('#entry-notes strong')).toHaveText('Ghi chú an toàn');
  for (const [id, path, title] of [['check', '/check', 'Kiểm tra lời mời việc làm'],
    ['quiz', '/quiz', 'Câu đố nâng cao nhận thức'], ['notes', '/notes', 'Ghi chú an toàn']]) {
    await page.locator(`#entry-${id}`).click();
    await expect(page).toHaveURL(server.url(path));
    await expect(page.locator('main h1')).toHaveText(title);
    await page.locator('a.brand').click();
    await expect(page).toHaveURL(server.url('/'));
  }
});

test('switching to English is remembered across a reload', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await page.locator('#lang-switch').click();
  await expect(page.locator('h1')).toHaveText('What do you need today?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('What do you need today?');
  await expect(page.locator('#call-111')).toContainText('Call 111');
  await page.locator('#lang-switch').click();
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');
});

test('the 111 call link and quick exit are on every route, in thumb reach', async ({ page, server }) => {
  for (const path of ROUTES) {
    await page.goto(server.url(path));
    await appReady(page);
    const call = page.locator('#call-111');
    await expect(call, path).toBeVisible();
    await expect(call, path).toHaveAttribute('href', 'tel:111');
    await expect(call, path).toContainText('Gọi 111');
    await expect(call, path).toContainText('Miễn phí, 24/7');
    const box = await call.boundingBox();
    expect(box.y + box.height, `${path}: call button at the bottom`).toBeGreaterThan(740 - 100);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expect(page.locator('#quick-exit'), path).toBeVisible();
    // Quick exit is the first thing a keyboard reaches.
    await page.keyboard.press('Tab');
    await expect(page.locator('#quick-exit'), path).toBeFocused();
  }
});

test('the call button stays visible after scrolling a long page', async ({ page, server }) => {
  await page.goto(server.url('/hotlines'));
  await appReady(page);
  await page.mouse.wheel(0, 5000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('#call-111')).toBeInViewport();
  await expect(page.locator('#quick-exit')).toBeInViewport();
});

test('hotline directory: 111 first, grouped by Vietnam and abroad, each with its own call link', async ({ page, server }) => {
  await page.goto(server.url('/hotlines'));
  await appReady(page);
  const groups = page.locator('main h2');
  await expect(groups).toHaveText(['Khi bạn ở Việt Nam', 'Khi bạn đang ở nước ngoài']);
  const vietnam = page.locator('main ul.hotlines').first();
  const abroad = page.locator('main ul.hotlines').nth(1);
  await expect(vietnam.locator('li.hotline').first()).toHaveId('hotline-111');
  await expect(page.locator('#hotline-111 a.btn-call')).toHaveAttribute('href', 'tel:111');
  await expect(page.locator('#hotline-111')).toContainText('ghi âm tự động');
  await expect(page.locator('#hotline-111')).toContainText('Miễn phí');
  await expect(vietnam.locator('#hotline-113 a.btn-call')).toHaveAttribute('href', 'tel:113');
  await expect(abroad.locator('a.btn-call')).toHaveAttribute('href', 'tel:+84981848484');
  for (const link of await page.locator('a.btn-call').all()) {
    expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d{3,15}$/);
  }
  await expect(page.locator('body')).not.toContainText('1800 1567');
  await page.locator('#lang-switch').click();
  await expect(groups).toHaveText(['When you are in Vietnam', 'When you are abroad']);
  await expect(page.locator('#hotline-111')).toContainText('recorded automatically');
});

test('quick exit leaves the app and no app page in the back history', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  // Move around the app as a person would.
  await page.locator('#entry-hotlines').click();
  await expect(page).toHaveURL(server.url('/hotlines'));
  await page.locator('a.brand').click();
  await page.locator('#entry-safety').click();
  await expect(page).toHaveURL(server.url('/safety'));
  await page.locator('#quick-exit').click();
  await page.waitForURL(`${NEUTRAL_PREFIX}**`);
  await expect(page).toHaveTitle('neutral');
  // Going back must not show any page of the app.
  await page.goBack().catch(() => null);
  expect(page.url().startsWith(server.origin), `back went to ${page.url()}`).toBe(false);
});

test('pressing Shift three times exits; typing capitals does not', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  await page.evaluate(() => {
    window.seenKeys = [];
    window.addEventListener('keydown', (e) => window.seenKeys.push(`${e.key}${e.shiftKey ? '+shift' : ''}`));
  });
  // Capitals as a person types them: Shift held down around each letter
  // (keyboard.type('ABC') would send the letters without any Shift).
  for (const letter of 'ABC') {
    await page.keyboard.down('Shift');
    await page.keyboard.press(`Key${letter}`);
    await page.keyboard.up('Shift');
  }
  expect(await page.evaluate(() => window.seenKeys))
    .toEqual(['Shift+shift', 'A+shift', 'Shift+shift', 'B+shift', 'Shift+shift', 'C+shift']);
  // Two lone presses after them do not exit: the three Shifts held for
  // capitals counted for nothing. The third lone press does.
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(200);
  expect(page.url()).toBe(server.url('/'));
  await page.keyboard.press('Shift');
  await page.waitForURL(`${NEUTRAL_PREFIX}**`);
});

test('the safety page says what quick exit does and does not protect against', async ({ page, server }) => {
  await page.goto(server.url('/safety'));
  await appReady(page);
  await expect(page.locator('main')).toContainText('nhìn qua vai');
  await expect(page.locator('main')).toContainText('Phần mềm theo dõi');
});

test('no horizontal scroll at 320 px and touch targets of at least 44 px', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ROUTES) {
    await page.goto(server.url(path));
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, summary')]
        .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
        .map((el) => ({ t: el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ t, r }) => `${t} ${Math.round(r.width)}x${Math.round(r.height)}`));
    expect(small, `${path}: small touch targets`).toEqual([]);
  }
});

test('works at 200% text size without sideways scrolling', async ({ page, server }) => {
  for (const path of ['/', '/hotlines']) {
    await page.goto(server.url(path));
    await appReady(page);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} at 200%`).toBeLessThanOrEqual(0);
    await expect(page.locator('#call-111')).toBeVisible();
  }
});

test('printing a screen prints its content without the app\'s bars, also before the notes were opened', async ({ page, server }) => {
  for (const route of ['/hotlines', '/check']) {
    await page.goto(server.url(route));
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.topbar')).toBeHidden();
    await expect(page.locator('.callbar')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.callbar')).toBeVisible();
  }
});

test('dark mode follows the system setting', async ({ browser, server }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.url('/'));
  await appReady(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  expect(r + g + b, `dark background, got ${bg}`).toBeLessThan(150);
  await context.close();
});

test('a strict Content-Security-Policy is in force', async ({ page, server }) => {
  await page.goto(server.url('/'));
  await appReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('__CSP__');
  // An injected external script is refused by the policy.
  page.allowError(/example\.com\/tracker\.js.*Content Security Policy/);
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.blockedURI), { once: true });
    const s = document.createElement('script');
    s.src = 'https://example.com/tracker.js';
    document.head.appendChild(s);
    setTimeout(() => resolve('not blocked'), 3000);
  }));
  expect(blocked).toContain('example.com');
});

test('the host headers of the build are sent, and the app works under them', async ({ page, server }) => {
  const response = await page.goto(server.url('/'));
  await appReady(page);
  const h = response.headers();
  expect(h['content-security-policy']).toContain("default-src 'self'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['permissions-policy']).toContain('microphone=()');
  expect(h['x-content-type-options']).toBe('nosniff');
  // The feature module loads under them too.
  await page.goto(server.url('/check'));
  await expect(page.locator('.feature-root')).not.toBeEmpty({ timeout: 20_000 });
});

test('the build carries brotli-11 and gzip copies of each file, and the server sends them', async ({ server }) => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const { get } = await import('node:http');
  const { DIST } = await import('./fixtures.mjs');
  const wasm = readdirSync(DIST).find((f) => /^binh-an-[0-9a-f]+_bg\.wasm$/.test(f));
  const plain = readFileSync(`${DIST}${wasm}`);
  const fetchRaw = (path, accept) => new Promise((resolve, reject) => {
    get(server.url(path), { headers: { 'Accept-Encoding': accept } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  for (const [accept, ext, decode] of [['br', 'br', brotliDecompressSync], ['gzip', 'gz', gunzipSync]]) {
    const copy = readFileSync(`${DIST}${wasm}.${ext}`);
    expect(decode(copy).equals(plain), `${wasm}.${ext} is the wasm`).toBe(true);
    const sent = await fetchRaw(`/${wasm}`, accept);
    expect(sent.encoding).toBe(accept);
    expect(sent.body.equals(copy), `the server sends ${wasm}.${ext}`).toBe(true);
  }
  // Brotli 11 is what the size budget counts; a host compressing on the fly
  // at 5 would send about 11 % more.
  const { brotliCompressSync, constants } = await import('node:zlib');
  const q11 = brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  expect(readFileSync(`${DIST}${wasm}.br`).length).toBe(q11);
  // The app's routes are index.html, precompressed too.
  expect(brotliDecompressSync((await fetchRaw('/check', 'br')).body).equals(readFileSync(`${DIST}index.html`))).toBe(true);
});

test('every integrity hash in index.html is the hash of the file it names', async () => {
  const { readFileSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const { DIST } = await import('./fixtures.mjs');
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const hash = (path) => `sha384-${createHash('sha384').update(readFileSync(`${DIST}${path}`)).digest('base64')}`;
  const pairs = [
    ...[...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="\/?([^"]+)"[^>]*?\bintegrity="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    ...[...html.matchAll(/data-js="([^"]+)" data-wasm="([^"]+)" data-js-integrity="([^"]+)" data-wasm-integrity="([^"]+)"/g)]
      .flatMap((m) => [[m[1], m[3]], [m[2], m[4]]]),
  ];
  // Each integrity attribute was read (none in an order the patterns miss):
  // the stylesheet, boot.js, the shell's JS, its snippet and wasm; three
  // feature modules and the key-derivation worker, two files each.
  expect(pairs.length).toBe(html.match(/\sintegrity="/g).length + html.match(/\sdata-(?:js|wasm)-integrity="/g).length);
  expect(pairs.length).toBeGreaterThanOrEqual(13);
  // A file postbuild rewrote (minified) is named after its final bytes, so
  // a host that caches hashed names for a year never serves the old ones.
  for (const [path] of pairs) {
    const m = path.match(/^(main|boot|binh-an)-([0-9a-f]{16})\.(css|js)$/);
    if (m) expect(m[2], path).toBe(createHash('sha256').update(readFileSync(`${DIST}${path}`)).digest('hex').slice(0, 16));
  }
  for (const [path, integrity] of pairs) expect(integrity, path).toBe(hash(path));
  // The scripts go out minified: no line of the shell's glue is indented.
  const shellJs = html.match(/<link rel="modulepreload" href="\/?([^"]+\.js)"/)[1];
  expect(readFileSync(`${DIST}${shellJs}`, 'utf8')).not.toMatch(/\n\s+\S/);
});

test('content ships without its reviewers\' notes and full addresses, and is otherwise the same data', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { DIST } = await import('./fixtures.mjs');
  const repo = new URL('../../content/', import.meta.url);
  const files = ['risk-check.json', 'scan-phrases.json', 'support-guide.json',
    ...readdirSync(new URL('quiz/', repo)).filter((f) => f.endsWith('.json')).map((f) => `quiz/${f}`)];
  // The repository's data with each source cut to what the app reads.
  const cut = (v) => {
    if (Array.isArray(v)) return v.map(cut);
    if (!v || typeof v !== 'object') return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if ('publisher' in v && k === 'note') continue;
      out[k] = 'publisher' in v && k === 'url' ? (/^https?:\/\/[^/?#]+/.exec(x) ?? [x])[0] : cut(x);
    }
    return out;
  };
  let sources = 0;
  for (const f of files) {
    const text = readFileSync(`${DIST}content/${f}`, 'utf8');
    expect(text, `${f} has no indentation`).not.toMatch(/\n/);
    const shipped = JSON.parse(text);
    const walk = (v) => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      if ('publisher' in v) {
        sources += 1;
        expect(v.note, `${f}: a source's note`).toBeUndefined();
        // A web address keeps only its site; a seed article's name stays whole.
        if (/^https?:/.test(v.url ?? '')) expect(v.url, `${f}: a source's address`).toMatch(/^https?:\/\/[^/?#]+$/);
      }
      Object.values(v).forEach(walk);
    };
    walk(shipped);
    expect(shipped, f).toEqual(cut(JSON.parse(readFileSync(new URL(f, repo), 'utf8'))));
  }
  expect(sources).toBeGreaterThan(100);
});

test('a feature module that does not match its integrity hash is refused', async ({ page, server }) => {
  const { readFileSync } = await import('node:fs');
  const { DIST } = await import('./fixtures.mjs');
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const meta = html.match(/<meta name="binh-an-feature" data-feature="check"[^>]*>/)[0];
  const wasm = meta.match(/data-wasm="([^"]+)"/)[1];
  expect(meta).toMatch(/data-wasm-integrity="sha384-[A-Za-z0-9+/=]+"/);
  expect(meta).toMatch(/data-js-integrity="sha384-[A-Za-z0-9+/=]+"/);
  const bytes = Buffer.from(readFileSync(`${DIST}${wasm}`));
  bytes[bytes.length - 1] ^= 1;
  server.raw.overrides.set(`/${wasm}`, { type: 'application/wasm', body: bytes });
  page.allowError(/integrity/i);
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('.page .notice[role="alert"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.feature-root')).toBeEmpty();
  // The call button still works without the module.
  await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
});
