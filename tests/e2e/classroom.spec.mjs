// The quizzes in class (issue 17): projector mode driven by the keyboard
// only, nothing about the class stored, the worksheet and the answer key
// printed to A4 PDFs and read back with pdftotext, the teacher's guide, and
// axe on every classroom screen.
import { test, expect, appReady, swControlling, NEUTRAL_PREFIX, useLang } from './fixtures.mjs';
import { auditor, tabTo, unnamedControls } from './a11y.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
// Every shipped pack, in the list's order (src/core/progress.rs).
import { PACK_IDS, PACKS } from '../../tools/packs.mjs';

const GUIDE = JSON.parse(readFileSync(new URL('../../content/quiz/guide.json', import.meta.url), 'utf8'));
const LETTERS = 'ABCDEFGHI';

const PROJECTOR = { viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };

/** Hands the test raises for question `i`: [answer index, count] pairs. */
function handsFor(q, i) {
  const right = q.answers.findIndex((a) => a.correct);
  const wrong = q.answers.findIndex((a) => !a.correct);
  // Every third question: most hands wrong.
  return i % 3 === 2 ? [[right, 1], [wrong, 4]] : [[right, 5], [wrong, 2]];
}

/** Opens projector mode from the pack's page with the keyboard only. */
async function startProjector(page, server, packId, { timer } = {}) {
  await page.goto(server.url(`/quiz/${packId}`));
  await appReady(page);
  await tabTo(page, '#start-projector');
  await page.keyboard.press('Enter');
  await expect(page.locator('#proj-start')).toBeVisible();
  // The worksheet's order is the default.
  await expect(page.locator('#proj-order-fixed')).toBeChecked();
  if (timer) {
    await tabTo(page, '#proj-timer');
    await page.locator('#proj-timer').selectOption(String(timer));
  }
  await tabTo(page, '#proj-start');
  await page.keyboard.press('Enter');
  await expect(page.locator('#projector')).toBeVisible();
}

/**
 * The whole slide shows at 1280×720 without scrolling: a long one is set
 * smaller (`data-fit`, percent of full size), never below 60 %.
 */
async function expectFits(page, what) {
  await expect.poll(() => page.locator('.proj-body').evaluate((b) => b.scrollHeight - b.clientHeight),
    { message: `${what} fits the slide` }).toBeLessThanOrEqual(1);
  const fit = Number(await page.locator('.proj-body').getAttribute('data-fit'));
  expect(fit, `${what}: type scale`).toBeGreaterThanOrEqual(60);
  // Nothing sideways either.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  return fit;
}

/** Everything the app could have kept: IndexedDB (every record), Web Storage, Cache Storage. */
async function storageDump(page) {
  return page.evaluate(async () => {
    const out = { idb: {}, local: {}, session: {}, caches: {} };
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      out.idb[name] = {};
      for (const store of db.objectStoreNames) {
        out.idb[name][store] = await new Promise((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(JSON.stringify(r.result));
          r.onerror = () => fail(r.error);
        });
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) out.local[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
    for (let i = 0; i < sessionStorage.length; i++) out.session[sessionStorage.key(i)] = sessionStorage.getItem(sessionStorage.key(i));
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out.caches[name] = (await cache.keys()).map((r) => `${r.method} ${r.url}`).sort();
    }
    return out;
  });
}

test.describe('projector mode', () => {
  test.use(PROJECTOR);

  test('keyboard only through a pack: content note, tally, reveal, back, summary; chrome in one line; quick exit still works', async ({ page, server }, testInfo) => {
    test.setTimeout(120_000);
    const pack = PACKS.law;
    const N = pack.questions.length;
    await startProjector(page, server, 'law');

    // The slim chrome: quick exit and 111 share one line of at most 60 px.
    const bar = await page.locator('header.topbar').boundingBox();
    const call = await page.locator('#call-111').boundingBox();
    const exit = await page.locator('#quick-exit').boundingBox();
    expect(bar.height).toBeLessThanOrEqual(60);
    expect(call.y + call.height).toBeLessThanOrEqual(60);
    expect(exit.y + exit.height).toBeLessThanOrEqual(60);
    expect(Math.min(call.height, exit.height, call.width, exit.width)).toBeGreaterThanOrEqual(44);
    testInfo.annotations.push({ type: 'chrome', description: `top line ${bar.height} px of 720` });

    // The content note comes first.
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'note');
    await expect(page.locator('#proj-note-text')).toHaveText(pack.content_note.vi);

    const forwardKeys = ['PageDown', 'ArrowRight', 'Space'];
    const expected = [];
    for (let i = 0; i < N; i++) {
      const q = pack.questions[i];
      await page.keyboard.press(forwardKeys[i % 3]);
      // The worksheet's order: question i is the pack's question i.
      await expect(page.locator('#projector')).toHaveAttribute('data-slide', `q${i + 1}`);
      await expect(page.locator('.proj-question')).toHaveAttribute('data-question-id', q.id);
      await expect(page.locator('#proj-counter')).toHaveText(`Câu ${i + 1}/${N}`);
      await expect(page.locator('#proj-explanation')).toHaveCount(0);
      await expectFits(page, `${q.id}`);
      const hands = handsFor(q, i);
      for (const [a, n] of hands) for (let k = 0; k < n; k++) await page.keyboard.press(String(a + 1));
      // One hand too many on the last answer, taken back with Backspace.
      await page.keyboard.press(String(q.answers.length));
      await page.keyboard.press('Backspace');
      for (const [idx, a] of q.answers.entries()) {
        const n = hands.filter(([x]) => x === idx).reduce((s, [, c]) => s + c, 0);
        await expect(page.locator(`.proj-answer[data-answer-id="${a.id}"] .proj-count`)).toHaveAttribute('data-count', String(n));
      }
      // Reveal: the right answer(s) marked, the explanation and its source shown.
      await page.keyboard.press(forwardKeys[(i + 1) % 3]);
      await expect(page.locator('#proj-explanation')).toBeVisible();
      await expect(page.locator('.proj-explanation')).toHaveText(q.explanation.vi);
      const marked = await page.locator('.proj-answer.is-right').evaluateAll((els) => els.map((e) => e.dataset.answerId));
      expect(marked).toEqual(q.answers.filter((a) => a.correct).map((a) => a.id));
      await expect(page.locator('#projector')).toHaveAttribute('data-slide', `q${i + 1}`);
      await expectFits(page, `${q.id} revealed`);
      const right = hands.filter(([a]) => q.answers[a].correct).reduce((s, [, c]) => s + c, 0);
      const total = hands.reduce((s, [, c]) => s + c, 0);
      expected.push({ right, total });
    }
    // Back from the summary keeps the reveal and the counts.
    await page.keyboard.press('PageDown');
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'summary');
    await page.keyboard.press('PageUp');
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', `q${N}`);
    await expect(page.locator('#proj-explanation')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', `q${N - 1}`);
    await expect(page.locator('#proj-explanation')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    // The summary: one row per question with its hands, the hard ones listed.
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'summary');
    for (const [i, { right, total }] of expected.entries()) {
      const pct = Math.round((right * 100) / total);
      await expect(page.locator(`#proj-table tr[data-number="${i + 1}"] td`)).toHaveText(`${right}/${total} (${pct}%)`);
    }
    const mostlyRight = expected.filter((e) => e.right * 2 > e.total).length;
    await expect(page.locator('#proj-summary-line')).toHaveText(
      `Đa số lớp chọn đúng ở ${mostlyRight} trong ${N} câu đã đếm tay.`);
    const revisit = await page.locator('#proj-revisit li').evaluateAll((els) => els.map((e) => Number(e.dataset.number)));
    expect(revisit).toEqual(expected.map((e, i) => [e, i + 1]).filter(([e]) => e.right * 2 <= e.total).map(([, n]) => n).slice(0, 5));
    await testInfo.attach('summary', { body: await page.screenshot(), contentType: 'image/png' });

    // Quick exit stays a keyboard press away (Shift three times).
    for (let k = 0; k < 3; k++) await page.keyboard.press('Shift');
    await page.waitForURL((u) => u.href.startsWith(NEUTRAL_PREFIX));
  });

  for (const lang of ['vi', 'en']) {
    test(`every slide of every pack fits 1280×720 (${lang}): asked and revealed, the type never below 60 %`, async ({ page, server }, testInfo) => {
      test.setTimeout(120_000);
      await useLang(page, lang);
      const scales = [];
      for (const id of PACK_IDS) {
        const pack = PACKS[id];
        await page.goto(server.url(`/quiz/${id}`));
        await appReady(page);
        await page.locator('#start-projector').click();
        await page.locator('#proj-start').click();
        if (pack.content_note) {
          await expectFits(page, `${id} note`);
          await page.keyboard.press('PageDown');
        }
        for (const [i, q] of pack.questions.entries()) {
          await expect(page.locator('#projector')).toHaveAttribute('data-slide', `q${i + 1}`);
          scales.push(await expectFits(page, q.id));
          await page.keyboard.press('PageDown');
          await expect(page.locator('#proj-explanation')).toBeVisible();
          scales.push(await expectFits(page, `${q.id} revealed`));
          await page.keyboard.press('PageDown');
        }
        await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'summary');
        await expectFits(page, `${id} summary`);
      }
      const full = scales.filter((f) => f === 100).length;
      const note = `${lang}: ${scales.length} slides, ${full} at full size, smallest type ${Math.min(...scales)} %`;
      console.log(note);
      testInfo.annotations.push({ type: 'fit', description: note });
    });
  }

  test('quick exit in the slim line is uncovered and leaves on a click', async ({ page, server }) => {
    await startProjector(page, server, 'tricks');
    const box = await page.locator('#quick-exit').boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(60);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('#quick-exit')?.id,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(hit).toBe('quick-exit');
    await page.locator('#quick-exit').click();
    await page.waitForURL((u) => u.href.startsWith(NEUTRAL_PREFIX));
  });

  test('the timer counts down and T restarts it; shuffled order asks every question once', async ({ page, server }) => {
    const pack = PACKS.help; // no content note: the first slide is question 1
    await page.clock.install();
    await page.goto(server.url('/quiz/help'));
    await appReady(page);
    await page.locator('#start-projector').click();
    await page.locator('#proj-order-shuffled').check();
    await page.locator('#proj-timer').selectOption('20');
    await page.locator('#proj-start').click();
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'q1');
    await expect(page.locator('#proj-timer-left')).toHaveText('0:20');
    await page.clock.runFor(8_000);
    await expect(page.locator('#proj-timer-left')).toHaveText('0:12');
    await page.clock.runFor(13_000);
    await expect(page.locator('#proj-timer-left')).toHaveText('Hết giờ');
    await page.keyboard.press('t');
    await expect(page.locator('#proj-timer-left')).toHaveText('0:20');
    const asked = [];
    for (let i = 0; i < pack.questions.length; i++) {
      asked.push(await page.locator('.proj-question').getAttribute('data-question-id'));
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
    }
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'summary');
    expect([...asked].sort()).toEqual(pack.questions.map((q) => q.id).sort());
    await expect(page.locator('#proj-summary-line')).toHaveText('Chưa đếm tay ở câu nào.');
  });

  test('nothing about the class is stored or sent', async ({ page, server }) => {
    test.setTimeout(90_000);
    await page.goto(server.url('/quiz/tricks'));
    await appReady(page);
    await swControlling(page);
    const before = await storageDump(page);
    const requests = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.locator('#start-projector').click();
    await page.locator('#proj-start').click();
    const pack = PACKS.tricks;
    for (let i = 0; i <= pack.questions.length + 1; i++) {
      await page.keyboard.press('ArrowRight');
      for (const k of ['1', '2', '2', '3']) await page.keyboard.press(k);
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator('#projector')).toHaveAttribute('data-slide', 'summary');
    await expect(page.locator('#proj-table tr[data-number="1"] td')).not.toHaveText('');
    await page.locator('#proj-leave').click();
    await page.locator('#proj-leave-yes').click();
    await expect(page.locator('#start-projector')).toBeVisible();
    const after = await storageDump(page);
    expect(after).toEqual(before);
    // The quiz's own store got no attempt from the class either.
    expect(after.idb['binh-an']?.quiz_attempts ?? '[]').toBe('[]');
    // Nothing left the page but reads of the app's own files.
    expect(requests.filter((r) => !r.startsWith(`GET ${server.origin}/`))).toEqual([]);
  });
});

/** Text of a PDF (pdftotext), pages split on form feeds, whitespace folded, NFC. */
function pdfPages(path) {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').map((p) => fold(p)).filter((p, i, all) => p || i < all.length - 1);
}
const fold = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

test.describe('printing', () => {
  test.use(PROJECTOR);

  test('every pack as an A4 worksheet (every question and choice, no explanation) and an answer key (every answer, explanation and source)', async ({ page, server }, testInfo) => {
    test.setTimeout(180_000);
    const counts = [];
    for (const id of PACK_IDS) {
      const pack = PACKS[id];
      for (const sheet of ['worksheet', 'key']) {
        await page.goto(server.url(`/quiz/${id}`));
        await appReady(page);
        await page.locator(sheet === 'key' ? '#print-key' : '#print-worksheet').click();
        await expect(page.locator('#print-sheet .print-q')).toHaveCount(pack.questions.length);
        const file = testInfo.outputPath(`${id}-${sheet}.pdf`);
        writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info, 'A4 pages').toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
        const pages = pdfPages(file);
        counts.push(`${id} ${sheet}: ${pages.length} pages`);
        // Compared without white space and hyphens: pdftotext breaks lines
        // where the layout does (after a dash, say) and joins a word broken
        // at a hyphen ("EPS-TOPIK" → "EPSTOPIK"), which is not a change of text.
        const sq = (t) => fold(t).replace(/[\s\u00ad-]/g, '');
        const spages = pages.map(sq);
        const all = spages.join('');
        // No chrome and no buttons on paper.
        for (const word of ['Thoát nhanh', 'In trang này', 'Tất cả số điện thoại', 'Quay lại']) {
          expect(all, `${id} ${sheet}: "${word}" printed`).not.toContain(sq(word));
        }
        expect(all).toContain(sq(pack.title.vi));
        expect(all).toContain(sq('Gọi 111'));
        // The text of question `qi` from its prompt up to the next prompt or
        // its page's end: what shows on the page where the question starts.
        const onItsPage = (qi) => {
          const prompt = sq(pack.questions[qi].prompt.vi);
          const page = spages.find((p) => p.includes(prompt)) ?? '';
          let rest = page.slice(page.indexOf(prompt));
          const next = pack.questions[qi + 1] && sq(pack.questions[qi + 1].prompt.vi);
          if (next && rest.includes(next)) rest = rest.slice(0, rest.indexOf(next));
          return rest;
        };
        for (const [qi, q] of pack.questions.entries()) {
          expect(all, `${id}: ${q.id} prompt`).toContain(sq(q.prompt.vi));
          if (sheet === 'worksheet') {
            for (const [i, a] of q.answers.entries()) {
              expect(all, `${id}: ${q.id} choice ${a.id}`).toContain(sq(`${LETTERS[i]}. ${a.text.vi}`));
            }
            expect(all, `${id}: ${q.id} explanation on the worksheet`).not.toContain(sq(q.explanation.vi).slice(0, 50));
            // A question is never split over two pages.
            const last = q.answers[q.answers.length - 1];
            expect(onItsPage(qi), `${id}: ${q.id} split over two pages`).toContain(sq(`${LETTERS[q.answers.length - 1]}. ${last.text.vi}`));
          } else {
            const right = q.answers.map((a, i) => [a, i]).filter(([a]) => a.correct)
              .map(([a, i]) => `${LETTERS[i]}. ${a.text.vi}`).join('; ');
            expect(all, `${id}: ${q.id} right answer`).toContain(sq(`Đáp án đúng: ${right}`));
            expect(all, `${id}: ${q.id} explanation`).toContain(sq(q.explanation.vi));
            for (const s of q.sources) expect(all, `${id}: ${q.id} source`).toContain(sq(s.publisher.vi));
            expect(onItsPage(qi), `${id}: ${q.id} split over two pages`).toContain(sq(q.explanation.vi));
            expect(onItsPage(qi), `${id}: ${q.id} split over two pages`).toContain(sq(q.sources[q.sources.length - 1].publisher.vi));
          }
        }
        if (sheet === 'key' && pack.content_note) expect(all).toContain(sq(pack.content_note.vi));
        if (sheet === 'worksheet') expect(all).not.toContain(sq('Đáp án đúng'));
      }
    }
    console.log(`printed page counts (A4): ${counts.join('; ')}`);
    testInfo.annotations.push({ type: 'pages', description: counts.join('; ') });
  });
});

test('the teacher\'s guide, in both languages, from a link and offline-ready', async ({ page, server }) => {
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await page.locator('a.guide-link').click();
  await expect(page).toHaveURL(server.url('/quiz/guide'));
  await expect(page.locator('#teacher-guide h1')).toHaveText(GUIDE.title.vi);
  for (const s of GUIDE.sections) {
    await expect(page.locator(`#guide-${s.id} h2`)).toHaveText(s.heading.vi);
  }
  await expect(page.locator('#guide-stigma')).toContainText('Điều 7');
  await expect(page.locator('#guide-disclosure')).toContainText('111');
  await page.locator('#lang-switch').click();
  await expect(page.locator('#teacher-guide h1')).toHaveText(GUIDE.title.en);
  await expect(page.locator('#guide-stigma')).toContainText('Art. 7');
  // A link straight to the guide works too.
  await page.goto(server.url('/quiz/guide'));
  await expect(page.locator('#teacher-guide h1')).toHaveText(GUIDE.title.en);
});

for (const variant of [
  { name: 'vi', lang: 'vi', colorScheme: 'light' },
  { name: 'en', lang: 'en', colorScheme: 'light' },
  { name: 'dark', lang: 'vi', colorScheme: 'dark' },
]) {
  test.describe(`axe, ${variant.name}`, () => {
    test.use({ ...PROJECTOR, colorScheme: variant.colorScheme });

    test('classroom screens: start panel, set-up, note, question, revealed, summary, leave dialog, print views, guide', async ({ page, server }, testInfo) => {
      test.setTimeout(120_000);
      await useLang(page, variant.lang);
      const a = auditor(page, testInfo);
      await page.goto(server.url('/quiz/law'));
      await appReady(page);
      // The quiz module and the pack arrive after the shell: audit the
      // pack's start, not the moment before it.
      await expect(page.locator('#start-projector')).toBeVisible();
      await a.check('pack start with the class panel');
      await page.locator('#start-projector').click();
      await expect(page.locator('#proj-start')).toBeVisible();
      await a.check('projector set-up');
      await page.locator('#proj-timer').selectOption('30');
      await page.locator('#proj-start').click();
      await a.check('projector content note');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('2');
      await a.check('projector question with tally and timer');
      expect(await unnamedControls(page)).toEqual([]);
      await page.keyboard.press('PageDown');
      await a.check('projector answer revealed');
      for (let i = 0; i < 40; i++) {
        if ((await page.locator('#projector').getAttribute('data-slide')) === 'summary') break;
        await page.keyboard.press('PageDown');
      }
      await a.check('projector summary');
      await page.locator('#proj-leave').click();
      await a.check('projector leave dialog');
      await page.locator('#proj-leave-yes').click();
      await page.locator('#print-worksheet').click();
      await a.check('worksheet');
      await page.locator('#print-back').click();
      await page.locator('#print-key').click();
      await a.check('answer key');
      await page.goto(server.url('/quiz/guide'));
      await expect(page.locator('#teacher-guide')).toBeVisible();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await a.check('teacher guide');
      await a.assertClean();
    });
  });
}
