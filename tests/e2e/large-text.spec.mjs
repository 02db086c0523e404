// Large text (issue 16): with the phone's font at 24 px or 32 px (Chromium's
// default font size, as a large Android font setting gives) and with the
// root font at 200 %, every route and the main states of the check, quizzes
// and notes must keep the way out in reach: no fixed element above 20 % of
// the screen, quick exit visible, on top and working, no word broken letter
// by letter. And on a touch screen, a tap leaves no answer looking chosen.
// Screenshots go to $LARGE_TEXT_SHOTS when set.
import { test, expect, appReady, NEUTRAL_PREFIX } from './fixtures.mjs';

const SHOTS = process.env.LARGE_TEXT_SHOTS;
const PASS = 'con mèo đen ngủ trên mái nhà';

const MODES = [
  { id: 'font24', name: 'default font 24 px', font: 24 },
  { id: 'font32', name: 'default font 32 px', font: 32 },
  { id: 'root200', name: 'root font 200 %', root: '200%' },
];

/** Sets the browser's default font size (what the phone's font setting changes). */
async function setDefaultFont(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

/** Applies a mode to the current document (the root font lives in the DOM). */
async function applyRoot(page, mode) {
  if (mode.root) await page.evaluate((size) => { document.documentElement.style.fontSize = size; }, mode.root);
}

async function open(page, server, mode, path) {
  await page.goto(server.url(path));
  await appReady(page);
  await applyRoot(page, mode);
}

/**
 * Everything the issue measures, on the screen as it is now, at the top of
 * the page and scrolled to the bottom. Returns a list of problems.
 */
async function problems(page) {
  const out = [];
  for (const where of ['top', 'bottom']) {
    const found = await page.evaluate(async (where) => {
      window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const bad = [];
      const vh = window.innerHeight;
      const visible = (el) => {
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden') return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      // 1. No fixed element takes more than a fifth of the screen.
      for (const el of document.querySelectorAll('body *')) {
        if (getComputedStyle(el).position !== 'fixed' || !visible(el)) continue;
        const h = el.getBoundingClientRect().height;
        if (h > 0.2 * vh) bad.push(`fixed <${el.tagName.toLowerCase()} class="${el.className}"> is ${Math.round(h)} px of ${vh}`);
      }
      // 2. Quick exit is on screen and nothing covers its centre.
      const qe = document.getElementById('quick-exit');
      if (!qe || !visible(qe)) {
        bad.push('quick exit is not shown');
      } else {
        const r = qe.getBoundingClientRect();
        if (r.top < 0 || r.bottom > vh || r.left < 0 || r.right > window.innerWidth) {
          bad.push(`quick exit is off screen (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)})`);
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !qe.contains(hit)) bad.push(`quick exit is covered by <${hit?.tagName.toLowerCase()} class="${hit?.className}">`);
      }
      // 3. No word broken across lines (at large text they broke after
      //    every letter: "đà / i / bả / o").
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent.trim() || el.closest('.visually-hidden, script, style, noscript') || !visible(el)) continue;
        // Words of the language only: an address or file name (a slash, a dot
        // inside, an @) may break anywhere, as it must to fit.
        const words = [...n.textContent.matchAll(/\S+/gu)]
          .filter((t) => !/[/@_=&?#]|\.\p{L}/u.test(t[0]))
          .flatMap((t) => [...t[0].matchAll(/[\p{L}\p{N}\p{M}]{2,}/gu)].map((w) => ({ 0: w[0], index: t.index + w.index })));
        for (const m of words) {
          const tops = new Set();
          for (let i = 0; i < m[0].length; i++) {
            range.setStart(n, m.index + i);
            range.setEnd(n, m.index + i + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0) tops.add(Math.round(rect.top));
          }
          if (tops.size > 1) bad.push(`"${m[0]}" is broken over ${tops.size} lines in <${el.tagName.toLowerCase()} class="${el.className}"> "${el.textContent.trim().slice(0, 50)}"`);
        }
      }
      // 4. Nothing reachable only by scrolling sideways.
      const over = document.documentElement.scrollWidth - window.innerWidth;
      if (over > 0) bad.push(`the page scrolls ${over} px sideways`);
      return bad;
    }, where);
    out.push(...found.map((p) => `${where}: ${p}`));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return out;
}

async function expectNoProblems(page, label) {
  expect(await problems(page), label).toEqual([]);
}

async function shot(page, mode, name) {
  if (SHOTS && mode.id === 'font32') await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Quick exit, tapped, leaves the app. */
async function expectQuickExitWorks(page) {
  await page.locator('#quick-exit').click();
  await page.waitForURL(`${NEUTRAL_PREFIX}**`);
}

for (const mode of MODES) {
  test.describe(`large text: ${mode.name}`, () => {
    test.beforeEach(async ({ page }) => {
      if (mode.font) await setDefaultFont(page, mode.font);
    });

    test('shell routes', async ({ page, server }) => {
      for (const path of ['/', '/hotlines', '/safety']) {
        await open(page, server, mode, path);
        if (mode.font) {
          // The setting really reached the page.
          const px = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
          expect(px, 'default font size applied').toBe(mode.font);
        }
        if (path === '/') await shot(page, mode, 'home');
        await expectNoProblems(page, `${path} at ${mode.name}`);
      }
      await expectQuickExitWorks(page);
    });

    test('job-offer check: start, a question, the result, the scan', async ({ page, server }) => {
      await open(page, server, mode, '/check');
      await expect(page.locator('#check-begin')).toBeVisible();
      await expectNoProblems(page, `check start at ${mode.name}`);
      await page.locator('#check-begin').click();
      const question = page.locator('#check-question');
      const result = page.locator('#check-result');
      await expect(question).toBeVisible();
      await expectNoProblems(page, `check question at ${mode.name}`);
      for (let i = 0; i < 40 && !(await result.isVisible()); i++) {
        await expect(question.or(result)).toBeVisible();
        if (await result.isVisible()) break;
        const before = await question.getAttribute('data-question');
        if (await page.locator('.check-answer').count()) {
          await page.locator('.check-answer').first().click();
        } else {
          // A question with several answers: tick the first, then go on.
          await page.locator('.check-option').first().click();
          await page.locator('#check-next').click();
        }
        await expect(page.locator(`#check-question[data-question="${before}"]`)).toHaveCount(0);
      }
      await expect(result).toBeVisible();
      await shot(page, mode, 'check-result');
      await expectNoProblems(page, `check result at ${mode.name}`);
      await open(page, server, mode, '/check');
      await page.locator('#check-open-scan').click();
      await page.locator('#scan-text').fill('Tuyển gấp sang Campuchia làm việc nhẹ lương cao, bao ăn ở, không cần hộ chiếu.');
      await page.locator('#scan-run').click();
      await expect(page.locator('#scan-result, #scan-none').first()).toBeVisible();
      await expectNoProblems(page, `scan result at ${mode.name}`);
      await expectQuickExitWorks(page);
    });

    test('quizzes: list, a question, its feedback', async ({ page, server }) => {
      await open(page, server, mode, '/quiz');
      await expect(page.locator('.pack-link').first()).toBeVisible();
      await expectNoProblems(page, `quiz list at ${mode.name}`);
      await page.locator('.pack-link').first().click();
      await page.locator('#start-practice').click();
      await expect(page.locator('.answer').first()).toBeVisible();
      await applyRoot(page, mode);
      await expectNoProblems(page, `quiz question at ${mode.name}`);
      await page.locator('.answer').first().click();
      // A question with several right answers is submitted with a button.
      if (await page.locator('#submit-answer').isVisible()) await page.locator('#submit-answer').click();
      await expect(page.locator('.explained')).toBeVisible();
      await expectNoProblems(page, `quiz feedback at ${mode.name}`);
      await expectQuickExitWorks(page);
    });

    test('notes: first use, list, editor, settings, lock screen', async ({ page, server }) => {
      await open(page, server, mode, '/notes');
      await expect(page.locator('#notes-setup')).toBeVisible();
      await expectNoProblems(page, `notes first use at ${mode.name}`);
      await page.fill('#notes-new-pass', PASS);
      await page.fill('#notes-confirm-pass', PASS);
      await page.click('#notes-create');
      await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
      await page.click('#notes-open');
      await expect(page.locator('#notes-list')).toBeVisible();
      await expectNoProblems(page, `notes list at ${mode.name}`);
      await page.click('#notes-new');
      await expect(page.locator('#notes-editor')).toBeVisible();
      await expectNoProblems(page, `notes editor at ${mode.name}`);
      await page.click('#note-back');
      await page.click('#notes-settings-open');
      await expect(page.locator('.notes-settings')).toBeVisible();
      await expectNoProblems(page, `notes settings at ${mode.name}`);
      await page.reload();
      await appReady(page);
      await applyRoot(page, mode);
      await expect(page.locator('#notes-unlock')).toBeVisible();
      await shot(page, mode, 'notes-lock');
      await expectNoProblems(page, `notes lock screen at ${mode.name}`);
      await expectQuickExitWorks(page);
    });
  });
}

test.describe('touch', () => {
  test('a tap leaves no answer on the next question looking chosen', async ({ page, server }) => {
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches), 'the page is a touch screen').toBe(true);
    await page.goto(server.url('/check'));
    await appReady(page);
    await page.locator('#check-begin').tap();
    const question = page.locator('#check-question');
    for (let i = 0; i < 3; i++) {
      await expect(question).toBeVisible();
      const before = await question.getAttribute('data-question');
      // The finger lands where an answer of the next question will be.
      await page.locator('.check-answer').first().tap();
      await expect(page.locator(`#check-question[data-question="${before}"]`)).toHaveCount(0);
      await expect(question).toBeVisible();
      const looks = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.borderColor = 'var(--primary)';
        document.body.append(probe);
        const primary = getComputedStyle(probe).borderTopColor;
        probe.remove();
        return [...document.querySelectorAll('.check-answer')].map((el) => ({
          text: el.textContent.trim().slice(0, 30),
          chosen: el.classList.contains('selected'),
          border: getComputedStyle(el).borderTopColor,
          primary,
        }));
      });
      for (const a of looks) {
        expect(a.chosen, `"${a.text}" is marked chosen on a new question`).toBe(false);
        expect(a.border, `"${a.text}" looks chosen after a tap`).not.toBe(a.primary);
      }
    }
  });
});
