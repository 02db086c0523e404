// Feature modules: each screen downloads only its own module; the check's
// start panel comes from the shell while the check's module is on its way;
// a deep link to a quiz starts its module at once, alongside the shell.
import { test, expect, appReady } from './fixtures.mjs';
import { runAxe } from './a11y.mjs';
import { PACK_IDS, PACKS } from '../../tools/packs.mjs';

const SHELL_WASM = /\/binh-an-[0-9a-f]{1,16}_bg\.wasm$/;
const module = (name) => new RegExp(`/binh-an-${name}-[0-9a-f]{1,16}_bg\\.wasm$`);

/** Holds every response matching `re` until the returned function is called. */
async function hold(page, re) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(re, async (route) => { await gate; await route.continue(); });
  return release;
}

/** Paths of the wasm files the page requested, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) seen.push(new URL(r.url()).pathname); });
  return seen;
}

test('each screen downloads its own feature module and no other', async ({ page, server }) => {
  const seen = wasmRequests(page);
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('.feature-root #check-begin')).toBeVisible();
  expect(seen.filter((p) => module('check').test(p))).toHaveLength(1);
  expect(seen.filter((p) => module('quiz').test(p) || module('notes').test(p))).toEqual([]);

  // In-app navigation: the quiz module comes now, the check's is not fetched again.
  await page.locator('#quick-exit').waitFor();
  await page.evaluate(() => { history.pushState({}, '', '/quiz'); dispatchEvent(new PopStateEvent('popstate')); });
  // The module's own list (the shell draws one first, see below).
  await expect(page.locator('.feature-root li[data-pack="law"]')).toBeVisible();
  expect(seen.filter((p) => module('quiz').test(p))).toHaveLength(1);
  expect(seen.filter((p) => module('check').test(p))).toHaveLength(1);
  expect(seen.filter((p) => module('notes').test(p))).toEqual([]);
});

test('the check\'s start panel is readable before its module arrives, and a tap waits for it', async ({ page, server }) => {
  const release = await hold(page, module('check'));
  await page.goto(server.url('/check'));
  await appReady(page);
  // The shell's own start panel: heading, explanation, both ways in.
  await expect(page.locator('h1')).toHaveText('Kiểm tra lời mời việc làm');
  await expect(page.locator('.lede')).toContainText('Trả lời vài câu hỏi');
  await expect(page.locator('#check-open-scan')).toBeVisible();
  await expect(page.locator('.feature-root')).toBeEmpty();
  await page.locator('#check-begin').click();
  // Where the finger is: the button says it is loading; and to a screen reader.
  await expect(page.locator('#check-begin')).toHaveText('Đang tải…');
  await expect(page.locator('#check-begin')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status')).toHaveText('Đang tải…');
  const { wcag, bestPractice } = await runAxe(page);
  expect([...wcag, ...bestPractice], 'axe on the waiting start panel').toEqual([]);
  release();
  // The tap is kept: the check opens at its first question, focused.
  await expect(page.locator('#check-question')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#check-question')).toBeFocused();
  // The first question is the kind of offer; its total comes with the branch.
  await expect(page.locator('#check-count')).toHaveText('Câu 1');
  await expect(page.locator('#check-start')).toHaveCount(0);
});

test('the scan chosen on the shell\'s start panel opens the scan', async ({ page, server }) => {
  const release = await hold(page, module('check'));
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('#check-open-scan').click();
  release();
  await expect(page.locator('#scan-text')).toBeVisible({ timeout: 20_000 });
});

test('keyboard focus on the shell\'s start panel stays on the same button when the module takes over', async ({ page, server }) => {
  const release = await hold(page, module('check'));
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('#check-begin').focus();
  release();
  await expect(page.locator('.feature-root #check-begin')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.feature-root #check-begin')).toBeFocused();
  // Nothing moved: the panel is where the shell had drawn it.
  await expect(page.locator('#check-begin')).toHaveCount(1);
});

test('a link to a quiz starts its module and pack at once, alongside the shell', async ({ page, server }) => {
  const seen = wasmRequests(page);
  const content = [];
  page.on('request', (r) => { if (r.url().includes('/content/')) content.push(new URL(r.url()).pathname); });
  const release = await hold(page, SHELL_WASM);
  await page.goto(server.url('/quiz/law'));
  // The shell's wasm is held back, yet the quiz module and the pack are asked for.
  await expect.poll(() => seen.filter((p) => module('quiz').test(p)).length).toBe(1);
  await expect.poll(() => content.includes('/content/quiz/law.json')).toBe(true);
  release();
  await appReady(page);
  await expect(page.locator('#start-practice')).toBeVisible({ timeout: 20_000 });
  // Each fetched once: the app took the early responses.
  expect(seen.filter((p) => module('quiz').test(p))).toHaveLength(1);
  expect(content.filter((p) => p === '/content/quiz/law.json')).toHaveLength(1);
});

test('the quiz list is readable before its module arrives, and nothing moves when the module takes over', async ({ page, server }) => {
  const seen = wasmRequests(page);
  const packFetches = [];
  page.on('request', (r) => { if (r.url().includes('/content/quiz/')) packFetches.push(r.url()); });
  const release = await hold(page, module('quiz'));
  await page.goto(server.url('/quiz'));
  await appReady(page);
  // The shell's own list: every pack, with its question count, from the
  // compiled-in catalogue; the module is asked for only once the shell runs.
  await expect(page.locator('h1')).toHaveText('Câu đố nâng cao nhận thức');
  await expect(page.locator('li[data-pack]')).toHaveCount(PACK_IDS.length);
  await expect(page.locator('li[data-pack="law"] .pack-count')).toHaveText(`${PACKS.law.questions.length} câu hỏi`);
  await expect(page.locator('.feature-root')).toBeEmpty();
  // No scores yet (the module reads them): no card says "not done yet" first.
  await expect(page.locator('.pack-never')).toHaveCount(0);
  const before = await page.locator('li[data-pack]').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top + window.scrollY));
  // A keyboard user on a pack keeps that pack when the module redraws the list.
  await page.locator('#pack-law').focus();
  release();
  await expect(page.locator('.feature-root li[data-pack="law"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.feature-root #pack-law')).toBeFocused();
  await expect(page.locator('li[data-pack]')).toHaveCount(PACK_IDS.length);
  const after = await page.locator('li[data-pack]').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top + window.scrollY));
  expect(after).toEqual(before);
  expect(seen.filter((p) => module('quiz').test(p))).toHaveLength(1);
  expect(packFetches).toEqual([]);
  const { wcag, bestPractice } = await runAxe(page);
  expect([...wcag, ...bestPractice], 'axe on the module\'s list').toEqual([]);
});

test('the check\'s module is not fetched alongside the shell (its start panel comes first)', async ({ page, server }) => {
  const seen = wasmRequests(page);
  const release = await hold(page, SHELL_WASM);
  await page.goto(server.url('/check'));
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(500);
  expect(seen.filter((p) => module('check').test(p))).toEqual([]);
  release();
  await appReady(page);
  await expect(page.locator('.feature-root #check-begin')).toBeVisible({ timeout: 20_000 });
  expect(seen.filter((p) => module('check').test(p))).toHaveLength(1);
});

for (const [route, feature, placeholder] of [['/check', 'check', '#check-start'], ['/quiz', 'quiz', 'ul.packs']]) {
  test(`${route}: the feature's module is asked for only once the shell's screen has been drawn`, async ({ page, server }) => {
    // When the first frame with the shell's placeholder in the page is being
    // drawn: a requestAnimationFrame callback runs just before its frame is
    // drawn. (performance.now(), not the callback's argument: that is when
    // the frame began, which can be before the task that made the
    // placeholder.)
    await page.addInitScript((sel) => {
      const frame = () => {
        if (document.querySelector(sel)) window.drawnAt = performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, placeholder);
    await page.goto(server.url(route));
    await appReady(page);
    await expect(page.locator(`.feature-root ${placeholder}`)).toBeVisible({ timeout: 20_000 });
    const { drawnAt, js } = await page.evaluate((name) => ({
      drawnAt: window.drawnAt,
      js: performance.getEntriesByType('resource')
        .filter((r) => new RegExp(`/binh-an-${name}-[0-9a-f]+\\.js$`).test(r.name))
        .map((r) => r.startTime),
    }), feature);
    expect(drawnAt, 'a frame was drawn with the placeholder').toBeGreaterThan(0);
    expect(js).toHaveLength(1);
    // Started in the same task as the shell's screen, the module's download
    // and compile held that screen's paint back (Lighthouse on slow 4G:
    // /check's largest paint 2.30 s; 1.96 s once the module waits for it).
    // This proves the request waits at least for the frame that draws the
    // placeholder to begin (the module waits one frame more, to be sure
    // that frame is on screen); started in the same task, it fails.
    expect(js[0]).toBeGreaterThan(drawnAt);
  });
}

test('leaving the check before its module arrives: home stays, nothing is mounted behind it', async ({ page, server }) => {
  const release = await hold(page, module('check'));
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('#check-begin')).toBeVisible();
  await page.locator('a.brand').click();
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');
  // The module now arrives (its request was already made) and finds its host gone.
  release();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');
  await expect(page.locator('.feature-root, #check-start')).toHaveCount(0);
  // The language switch still works (a leftover screen would not break it, but errors would fail the test).
  await page.locator('#lang-switch').click();
  await expect(page.locator('h1')).not.toHaveText('Bạn cần gì hôm nay?');
});

test('a link to the check waits for its questions only; the scan\'s phrases come when the scan opens', async ({ page, server }) => {
  const content = [];
  page.on('request', (r) => { if (r.url().includes('/content/')) content.push(new URL(r.url()).pathname); });
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('#check-begin').click();
  await expect(page.locator('#check-question')).toBeVisible({ timeout: 20_000 });
  expect(content.filter((p) => p === '/content/risk-check.json')).toHaveLength(1);
  expect(content).not.toContain('/content/scan-phrases.json');
  // The questions were asked for alongside the module, not after it had
  // arrived and started (the shell starts both; the module takes the
  // response). Resource timing: the questions' request began before the
  // module's wasm had finished downloading.
  const t = await page.evaluate(() => {
    const r = performance.getEntriesByType('resource');
    const at = (re) => r.filter((e) => re.test(e.name));
    return { json: at(/\/content\/risk-check\.json$/).map((e) => e.startTime), wasm: at(/\/binh-an-check-[0-9a-f]+_bg\.wasm$/).map((e) => e.responseEnd) };
  });
  expect(t.json).toHaveLength(1);
  expect(t.wasm).toHaveLength(1);
  expect(t.json[0]).toBeLessThan(t.wasm[0]);
  await page.locator('#check-back').click();
  await page.locator('#check-open-scan').click();
  await expect(page.locator('#scan-text')).toBeVisible({ timeout: 20_000 });
  expect(content.filter((p) => p === '/content/scan-phrases.json')).toHaveLength(1);
  // The scan works with the phrases it fetched.
  await page.locator('#scan-text').fill('Việc nhẹ lương cao, bao vé máy bay, không cần kinh nghiệm.');
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-verdict')).toBeVisible();
});
