// Screenshots of the quizzes in class, from the release build in dist/:
// projector mode at 1280×720 (vi, en, dark: content note, question, tally,
// revealed answer, summary; every slide of every pack measured, the fullest
// kept as classroom-fullest-<lang>.png), the pack's start screen and the list at
// 360×740, and the worksheet and answer key printed to PDF (A4) then to
// PNG with pdftoppm. Writes target/screenshots/classroom-*.
//   node tools/screenshots-classroom.mjs [pack]
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer } from './serve.mjs';
import { PACK_IDS, PACKS } from './packs.mjs';

const PACK = process.argv[2] || 'law';
const OUT = 'target/screenshots';
const server = await startServer('dist', 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
mkdirSync(OUT, { recursive: true });
const shot = (page, name) => page.screenshot({ path: `${OUT}/classroom-${name}.png` });
// LIVE_CSS=1: use style/classroom.css as it is now instead of the copy built
// into the quiz module (to try a style change without a rebuild).
const live = (page) => process.env.LIVE_CSS && page.evaluate((css) => {
  for (const s of document.adoptedStyleSheets) s.replaceSync(css);
}, readFileSync('style/classroom.css', 'utf8'));

for (const [tag, opts, lang] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi']]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, ...opts });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  await page.goto(`${origin}/quiz/${PACK}`);
  await page.locator('#start-projector').click();
  await page.locator('#proj-start').waitFor();
  await live(page);
  await shot(page, `setup-${tag}`);
  await page.locator('#proj-timer').selectOption('30');
  await page.locator('#proj-start').click();
  await page.locator('#projector').waitFor();
  await live(page);
  await shot(page, `note-${tag}`);
  await page.keyboard.press('ArrowRight');
  for (const k of ['1', '2', '2', '2', '3']) await page.keyboard.press(k);
  await shot(page, `question-${tag}`);
  await page.keyboard.press('Space');
  await shot(page, `revealed-${tag}`);
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('#projector').getAttribute('data-slide')) === 'summary') break;
    await page.keyboard.press('PageDown');
  }
  await shot(page, `summary-${tag}`);
  await context.close();
}

// Every slide of every pack at 1280×720, vi and en: does it fit without
// scrolling? The slide that overflows most (or the fullest) is kept as a
// screenshot, revealed.
for (const lang of ['vi', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  let worst = null;
  const over = [];
  for (const id of PACK_IDS) {
    const n = PACKS[id].questions.length;
    await page.goto(`${origin}/quiz/${id}`);
    await page.locator('#start-projector').click();
    await page.locator('#proj-start').click();
    await page.locator('#projector').waitFor();
    await live(page);
    for (let step = 0; step < 2 * n + 2; step++) {
      // The page fits the slide in the frame after it changes.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const m = await page.evaluate(() => {
        const b = document.querySelector('.proj-body');
        const p = document.querySelector('#projector');
        const r = p.getBoundingClientRect();
        return { slide: p.dataset.slide, revealed: p.classList.contains('is-revealed'), scale: Number(b.dataset.fit),
          over: b.scrollHeight - b.clientHeight, fill: b.scrollHeight / b.clientHeight,
          below: Math.round(r.bottom - innerHeight), sideways: document.documentElement.scrollWidth - innerWidth };
      });
      const tag = `${id} ${m.slide}${m.revealed ? ' revealed' : ''}`;
      if (m.over > 0 || m.below > 0 || m.sideways > 0) over.push(`${tag}: ${m.over} px over, ${m.below} below, ${m.sideways} sideways`);
      if (m.slide !== 'summary' && (!worst || m.scale < worst.scale || (m.scale === worst.scale && m.fill > worst.fill))) {
        worst = { ...m, tag };
        await shot(page, `fullest-${lang}`);
      }
      if (m.slide === 'summary') break;
      await page.keyboard.press('PageDown');
    }
  }
  console.log(`${lang}: fullest slide ${worst.tag} (type at ${worst.scale} %, ${Math.round(worst.fill * 100)} % of the slide's height)`);
  console.log(`${lang}: ${over.length} slides do not fit${over.length ? `:\n  ${over.join('\n  ')}` : ''}`);
  await context.close();
}

// The list and the pack's start screen on a phone.
for (const [tag, opts, lang] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi']]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...opts });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  await page.goto(`${origin}/quiz`);
  await page.locator('.pack').first().waitFor();
  await shot(page, `list-360-${tag}`);
  await page.screenshot({ path: `${OUT}/classroom-list-360-full-${tag}.png`, fullPage: true });
  await page.goto(`${origin}/quiz/${PACK}`);
  await page.locator('#start-projector').scrollIntoViewIfNeeded();
  await live(page);
  await shot(page, `start-360-${tag}`);
  await page.goto(`${origin}/quiz/guide`);
  await page.locator('#teacher-guide').waitFor();
  await page.screenshot({ path: `${OUT}/classroom-guide-360-${tag}.png`, fullPage: true });
  await page.goto(`${origin}/quiz/${PACK}`);
  await page.locator('#print-worksheet').click();
  await page.locator('#print-sheet').waitFor();
  await live(page);
  await shot(page, `print-screen-360-${tag}`);
  await context.close();
}

// Printed: worksheet and answer key, A4, then one PNG per page.
const context = await browser.newContext();
await context.addInitScript(() => localStorage.setItem('binh-an.lang', JSON.stringify('vi')));
const page = await context.newPage();
for (const [sheet, button] of [['worksheet', '#print-worksheet'], ['key', '#print-key']]) {
  await page.goto(`${origin}/quiz/${PACK}`);
  await page.locator(button).click();
  await page.locator('#print-sheet').waitFor();
  await live(page);
  const pdf = `${OUT}/classroom-${PACK}-${sheet}.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${OUT}/classroom-${PACK}-${sheet}`]);
}
await browser.close();
server.close();
console.log(`screenshots in ${OUT}/classroom-*`);
