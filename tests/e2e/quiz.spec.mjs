// Awareness quizzes: practice with feedback, contest without, review,
// progress that survives a reload, clearing it, offline.
import { test, expect, appReady, stopServerWhenOffline } from './fixtures.mjs';
import { answerByText, expectScoredAnswer, shownAnswers } from './quiz-helpers.mjs';
import { readFileSync } from 'node:fs';
import { PACK_IDS, PACKS as PACKS_BY_ID } from '../../tools/packs.mjs';

const pack = JSON.parse(readFileSync(new URL('../../content/quiz/tricks.json', import.meta.url), 'utf8'));
const byId = Object.fromEntries(pack.questions.map((q) => [q.id, q]));
const N = pack.questions.length;

// Every shipped pack, in the list's order (src/core/progress.rs).
const PACKS = PACK_IDS.map((id) => PACKS_BY_ID[id]);

/** Answers the question on screen, right or wrong, by the answers' visible text. */
const answer = (page, right) => answerByText(page, byId, right);

test('practice: feedback after each answer; score and review show exactly the missed ones', async ({ page, server }) => {
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await expect(page.locator(`li[data-pack="tricks"] .pack-count`)).toHaveText(`${N} câu hỏi`);
  await page.locator('li[data-pack="tricks"] a').click();
  await expect(page).toHaveURL(server.url('/quiz/tricks'));
  await page.locator('#start-practice').click();
  const missed = [];
  const order = [];
  const tapped = {};
  let shuffled = 0;
  for (let i = 0; i < N; i++) {
    await expect(page.locator('#question-counter')).toHaveText(`Câu ${i + 1}/${N}`);
    const right = i % 3 !== 0; // questions 1, 4, 7, … wrong
    const shown = await shownAnswers(page);
    const { qid, texts } = await answer(page, right);
    if (shown.join('\n') !== byId[qid].answers.map((a) => a.text.vi).join('\n')) shuffled++;
    order.push(qid);
    tapped[qid] = texts;
    if (!right) missed.push(qid);
    const feedback = page.locator('.feedback .explained');
    await expect(feedback).toBeVisible();
    // The answer judged is the one whose text was tapped, wherever it stood.
    await expectScoredAnswer(page.locator('.feedback'), qid, texts);
    await expect(feedback.locator('.verdict')).toContainText(right ? 'Đúng rồi!' : 'Chưa đúng.');
    await expect(feedback.locator('.explanation')).toHaveText(byId[qid].explanation.vi);
    // Screen readers hear the verdict through a live region that stays in the page.
    await expect(page.locator('#quiz-announce')).toContainText(right ? 'Đúng rồi!' : 'Chưa đúng.');
    await page.locator('#next-question').click();
  }
  expect(new Set(order).size, 'every question asked once').toBe(N);
  expect(shuffled, 'answers shown in another order than the pack file').toBeGreaterThan(0);
  await expect(page.locator('#score')).toHaveText(`${N - missed.length}/${N}`);
  const shownMissed = await page.locator('ol.missed > li .explained').evaluateAll((els) => els.map((e) => e.dataset.questionId));
  expect(shownMissed.sort()).toEqual([...missed].sort());
  for (const qid of missed) {
    const right = byId[qid].answers.filter((a) => a.correct).map((a) => a.text.vi).join('; ');
    await expect(page.locator(`ol.missed .explained[data-question-id="${qid}"] .right-answer`)).toContainText(right);
    await expectScoredAnswer(page.locator('ol.missed'), qid, tapped[qid]);
  }

  // Review only the missed ones.
  await page.locator('#review-missed').click();
  await expect(page.locator('#question-counter')).toHaveText(`Câu 1/${missed.length}`);
  const reviewed = [];
  for (let i = 0; i < missed.length; i++) {
    const { qid, texts } = await answer(page, true);
    reviewed.push(qid);
    await expectScoredAnswer(page.locator('.feedback'), qid, texts);
    await page.locator('#next-question').click();
  }
  expect(reviewed.sort()).toEqual([...missed].sort());
  await expect(page.locator('#score')).toHaveText(`${missed.length}/${missed.length}`);

  // The stored best score is the full attempt's, shown after a reload.
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await page.reload();
  await appReady(page);
  await expect(page.locator('li[data-pack="tricks"] .pack-best b')).toHaveText(`${N - missed.length}/${N}`);
  await expect(page.locator('li[data-pack="law"] .pack-never')).toBeVisible();
});

test('contest: timed, no feedback until the end, then score, time and full review', async ({ page, server }) => {
  await page.goto(server.url('/quiz/tricks'));
  await appReady(page);
  await expect(page.locator('#contest-time')).toContainText(`${pack.seconds_per_question} giây mỗi câu`);
  await page.locator('#start-contest').click();
  await expect(page.locator('#timer')).toContainText('giây còn lại');
  const tapped = {};
  for (let i = 0; i < N; i++) {
    await expect(page.locator('#question-counter')).toHaveText(`Câu ${i + 1}/${N}`);
    const { qid, texts } = await answer(page, i % 2 === 0);
    tapped[qid] = texts;
    await expect(page.locator('.feedback')).toHaveCount(0);
  }
  await expect(page.locator('#score')).toHaveText(`${Math.ceil(N / 2)}/${N}`);
  await expect(page.locator('#time-taken')).toHaveText(/^\d+:\d\d$/);
  await expect(page.locator('details.review-all')).toHaveAttribute('open', '');
  await expect(page.locator('details.review-all .explained')).toHaveCount(N);
  for (const [qid, texts] of Object.entries(tapped)) {
    await expectScoredAnswer(page.locator('details.review-all'), qid, texts);
  }
});

test('a contest question left unanswered times out and counts as wrong', async ({ page, server }) => {
  await page.clock.install();
  await page.goto(server.url('/quiz/tricks'));
  await appReady(page);
  await page.locator('#start-contest').click();
  await expect(page.locator('#question-counter')).toHaveText(`Câu 1/${N}`);
  await page.clock.runFor((pack.seconds_per_question + 1) * 1000);
  await expect(page.locator('#question-counter')).toHaveText(`Câu 2/${N}`);
  for (let i = 1; i < N; i++) await answer(page, true);
  await expect(page.locator('#score')).toHaveText(`${N - 1}/${N}`);
  await expect(page.locator('ol.missed .verdict')).toContainText('Hết giờ.');
});

test('clear my progress removes the stored scores', async ({ page, server }) => {
  await page.goto(server.url('/quiz/help'));
  await appReady(page);
  await page.locator('#start-contest').click();
  const n = JSON.parse(readFileSync(new URL('../../content/quiz/help.json', import.meta.url), 'utf8')).questions.length;
  for (let i = 0; i < n; i++) {
    await expect(page.locator('#question-counter')).toHaveText(`Câu ${i + 1}/${n}`);
    const multiple = (await page.locator('#submit-answer').count()) > 0;
    await page.locator('.answer').first().click();
    if (multiple) await page.locator('#submit-answer').click();
  }
  await expect(page.locator('#score')).toBeVisible();
  // The score is written after it shows: a full page load before the write
  // commits would abort it (a busy machine once lost it here).
  const attempts = () => page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('binh-an');
    req.onsuccess = () => {
      const all = req.result.transaction('quiz_attempts').objectStore('quiz_attempts').getAll();
      all.onsuccess = () => { resolve(all.result.length); req.result.close(); };
    };
  }));
  await expect.poll(attempts).toBe(1);
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await expect(page.locator('li[data-pack="help"] .pack-best')).toBeVisible();
  await page.locator('#clear-progress').click();
  await page.locator('#clear-progress-yes').click();
  await expect(page.locator('li[data-pack="help"] .pack-never')).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.locator('li[data-pack="help"] .pack-never')).toBeVisible();
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('binh-an');
    req.onsuccess = () => {
      const tx = req.result.transaction('quiz_attempts');
      const all = tx.objectStore('quiz_attempts').getAll();
      all.onsuccess = () => resolve(all.result.length);
    };
  }));
  expect(stored).toBe(0);
});

test('a pack can be done offline after one visit', async ({ page, server }) => {
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await stopServerWhenOffline(page, server);
  await page.goto(server.url('/quiz/law'));
  await appReady(page);
  await page.locator('#start-practice').click();
  await expect(page.locator('#question-counter')).toHaveText(/^Câu 1\/\d+$/);
  const multiple = (await page.locator('#submit-answer').count()) > 0;
  await page.locator('.answer').first().click();
  if (multiple) await page.locator('#submit-answer').click();
  await expect(page.locator('.feedback .explanation')).toBeVisible();
});

test('the quiz speaks English when switched, answers keep their identity', async ({ page, server }) => {
  await page.goto(server.url('/quiz/tricks'));
  await appReady(page);
  await page.locator('#start-practice').click();
  const qid = await page.locator('.question').getAttribute('data-question-id');
  await page.locator('#lang-switch').click();
  await expect(page.locator('.question-prompt')).toHaveText(byId[qid].prompt.en);
  await expect(page.locator('#question-counter')).toHaveText(`Question 1/${N}`);
});

test('the list shows every pack with its question count; a pack with hard scenes opens with its content note', async ({ page, server }) => {
  const packFetches = [];
  page.on('request', (r) => { if (r.url().includes('/content/quiz/')) packFetches.push(new URL(r.url()).pathname); });
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await expect(page.locator('.packs li')).toHaveCount(PACKS.length);
  const shown = await page.locator('.packs li').evaluateAll((lis) => lis.map((li) => li.dataset.pack));
  expect(shown).toEqual(PACK_IDS);
  for (const p of PACKS) {
    await expect(page.locator(`li[data-pack="${p.id}"] .pack-count`)).toHaveText(`${p.questions.length} câu hỏi`);
  }
  // The list is drawn from the compiled-in catalogue: showing it fetches no
  // pack (it fetched all seven, about 65 KB brotli, before), also once the
  // module has drawn its own.
  await expect(page.locator('.feature-root li[data-pack="law"]')).toBeVisible();
  expect(packFetches).toEqual([]);
  const love = PACKS.find((p) => p.id === 'love');
  await page.locator('li[data-pack="love"] a').click();
  await expect(page).toHaveURL(server.url('/quiz/love'));
  const note = page.locator('#content-note');
  await expect(note).toContainText(love.content_note.vi);
  await expect(note.locator('h2')).toHaveText('Trước khi bắt đầu (thầy cô đọc cho cả lớp)');
  expect(packFetches).toEqual(['/content/quiz/love.json']);
  // Before the buttons that start the quiz, so it is read out first.
  const before = await page.evaluate(() => {
    const n = document.getElementById('content-note');
    const b = document.getElementById('start-practice');
    return Boolean(n.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  await page.locator('#lang-switch').click();
  await expect(note).toContainText(love.content_note.en);
  await expect(note.locator('h2')).toHaveText('Before you start (for the teacher to read out)');
  // A pack without hard scenes has none.
  await page.goto(server.url('/quiz/help'));
  await appReady(page);
  await expect(page.locator('#start-practice')).toBeVisible();
  await expect(page.locator('#content-note')).toHaveCount(0);
});

test('an explained answer shows each source as publisher and date', async ({ page, server }) => {
  const love = PACKS.find((p) => p.id === 'love');
  const byQid = Object.fromEntries(love.questions.map((q) => [q.id, q]));
  await page.goto(server.url('/quiz/love'));
  await appReady(page);
  await page.locator('#start-practice').click();
  const qid = await page.locator('.question').getAttribute('data-question-id');
  const q = byQid[qid];
  await answerByText(page, byQid, true);
  const sources = page.locator('.feedback details.sources');
  await sources.locator('summary').click();
  for (const s of q.sources) {
    const host = s.url ? new URL(s.url).host.replace(/^www\./, '') : null;
    const label = `${s.publisher.vi}, ${s.date ?? 'chưa rõ ngày'}${host ? ` (${host})` : ''}`;
    await expect(sources).toContainText(label);
  }
  // No fact-sheet ids or bare addresses reach the student.
  await expect(sources).not.toContainText('§');
  await expect(sources).not.toContainText('http');
});
