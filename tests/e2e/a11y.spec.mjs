// Accessibility: axe-core (WCAG 2.2 AA) on every route and main state, in
// Vietnamese, English and dark mode; keyboard-only runs of the main flows
// with visible focus and named controls; the language of every text in
// English; 200% text and 320 px without sideways scrolling.
import { test, expect, appReady, swControlling, DIST, useLang } from './fixtures.mjs';
import {
  auditor, expectFocusVisible, tabTo, unnamedControls, sidewaysOverflow, untaggedVietnamese,
} from './a11y.mjs';
import { answerByText, expectScoredAnswer } from './quiz-helpers.mjs';
import { readFileSync } from 'node:fs';
// Every shipped pack, in the list's order (src/core/progress.rs).
import { PACK_IDS, PACKS } from '../../tools/packs.mjs';
import { join } from 'node:path';

const RISK = JSON.parse(readFileSync(new URL('../../content/risk-check.json', import.meta.url), 'utf8'));
const TRICKS = JSON.parse(readFileSync(new URL('../../content/quiz/tricks.json', import.meta.url), 'utf8'));
const TRICKS_BY_ID = Object.fromEntries(TRICKS.questions.map((q) => [q.id, q]));
// The safe answer to every question (see check.spec.mjs).
const SAFE = Object.fromEntries(RISK.questions.map((q) => [q.id,
  (q.answers.find((a) => !a.unsure && !(a.flags || []).length) || q.answers[0]).id]));
// A job abroad through a stranger online, to Cambodia, across by trails.
const HIGH_RISK = { branch: 'abroad_person', age_abroad: 'adult', who_person: 'stranger_online',
  destination: 'scam_hub', route: 'trails' };
// A job abroad through a company with everything unknown: "not enough to judge yet".
const UNSURE = { branch: 'abroad_company', checker: 'other', age_abroad: 'adult', sender: 'not_sure',
  destination: 'not_sure', job_kind: 'not_sure', pay: 'not_sure', fees_company: 'not_sure', contract: 'not_sure',
  visa: 'not_sure' };
const MULTIPLE = new Set(RISK.questions.filter((q) => q.kind === 'multiple').map((q) => q.id));
const SCAM_MESSAGE = 'TUYỂN GẤP 10 bạn sang Campuchia làm việc nhẹ lương cao 25tr/tháng, '
  + 'bao ăn ở, bao vé máy bay, không cần bằng cấp. Đặt cọc 2 triệu giữ chỗ,\n'
  + 'xuất cảnh nhanh, không cần hộ chiếu. Đừng nói với gia đình nha. Ib Telegram!';
const PASS = 'con mèo đen ngủ trên mái nhà';
const OTHER_PASS = 'bầu trời xanh ngắt sau cơn mưa';

const VARIANTS = [
  { name: 'vi', lang: 'vi', colorScheme: 'light' },
  { name: 'en', lang: 'en', colorScheme: 'light' },
  { name: 'dark', lang: 'vi', colorScheme: 'dark' },
];

async function open(page, server, path) {
  await page.goto(server.url(path));
  await appReady(page);
}

/** Opens every collapsed <details> so their content is audited too. */
async function openAllDetails(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

/** Answers the check's questions by clicking (choices[id] or the safest) up to the result. */
async function answerCheck(page, choices, { stopAt } = {}) {
  const heading = page.locator('#check-question');
  const result = page.locator('#check-result');
  for (let i = 0; i < 40; i++) {
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) return;
    const id = await heading.getAttribute('data-question');
    if (id === stopAt) return;
    const answer = choices[id] ?? SAFE[id];
    if (MULTIPLE.has(id)) {
      await page.locator(`label[for="check-option-${answer}"]`).click();
      await page.locator('#check-next').click();
    } else {
      await page.locator(`.check-answer[data-answer="${answer}"]`).click();
    }
    await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
  }
  throw new Error('the check never reached its result');
}

/** Answers the quiz question on screen by clicking its answers' text; returns its id. */
async function answerQuiz(page, right, onMultiple) {
  const { qid } = await answerByText(page, TRICKS_BY_ID, right, { onMultiple });
  return qid;
}

async function createVault(page, pass = PASS) {
  await expect(page.locator('#notes-setup')).toBeVisible();
  await page.fill('#notes-new-pass', pass);
  await page.fill('#notes-confirm-pass', pass);
  await page.click('#notes-create');
  await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
}

async function addNote(page, title, body, phone) {
  await page.click('#notes-new');
  await expect(page.locator('#notes-editor')).toBeVisible();
  await page.fill('#note-title', title);
  if (phone) {
    await page.selectOption('#note-category', 'contacts');
    await page.fill('#note-phone', phone);
  }
  await page.fill('#note-body', body);
  await page.click('#note-save');
  await expect(page.locator('.note-title', { hasText: title })).toBeVisible();
}

for (const v of VARIANTS) {
  test.describe(`axe, ${v.name}`, () => {
    test.use({ colorScheme: v.colorScheme });
    test.beforeEach(async ({ page }) => { await useLang(page, v.lang); });

    test('shell routes', async ({ page, server }, testInfo) => {
      const a = auditor(page, testInfo);
      for (const [path, name] of [['/', 'home'], ['/hotlines', 'hotlines'], ['/safety', 'safety'], ['/no-such-page', 'not found']]) {
        await open(page, server, path);
        await expect(page.locator('html')).toHaveAttribute('lang', v.lang);
        await openAllDetails(page);
        await a.check(name);
      }
      // The skip link, shown when focused.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.locator('.skip-link')).toBeFocused();
      await a.check('skip link focused');
      // A new build waiting: the update prompt (as in pwa.spec.mjs).
      await open(page, server, '/');
      await swControlling(page);
      const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
      server.raw.overrides.set('/sw.js', {
        type: 'text/javascript',
        body: sw.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'),
      });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await expect(page.locator('.update-prompt')).toBeVisible({ timeout: 15_000 });
      await a.check('update prompt');
      await a.assertClean();
    });

    test('job-offer check: intro, questions, results, scan', async ({ page, server }, testInfo) => {
      test.setTimeout(120_000);
      const a = auditor(page, testInfo);
      await open(page, server, '/check');
      await expect(page.locator('#check-begin')).toBeVisible();
      await a.check('check intro');
      await page.locator('#check-begin').click();
      await expect(page.locator('#check-question')).toBeFocused();
      await a.check('check question');
      await answerCheck(page, HIGH_RISK, { stopAt: 'destination' });
      await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'destination');
      await a.check('check branch question');
      await page.locator('#check-back').click();
      await expect(page.locator('.check-answer.selected')).toHaveCount(1);
      await a.check('check question with a chosen answer');
      await page.locator('.check-answer.selected').click();
      await answerCheck(page, HIGH_RISK, { stopAt: 'pressure' });
      await a.check('check multiple-choice question');
      await answerCheck(page, HIGH_RISK);
      await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
      await a.check('check result: very high, reasons folded');
      await openAllDetails(page);
      await a.check('check result: very high, reasons open');
      await page.locator('#check-restart').click();
      await page.locator('#check-begin').click();
      await answerCheck(page, UNSURE, { stopAt: 'sender' });
      await a.check('check question for someone else');
      await answerCheck(page, UNSURE);
      await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'not_enough');
      await expect(page.locator('#check-find-out')).toBeVisible();
      await openAllDetails(page);
      await a.check('check result: not enough to judge yet');
      await page.locator('#check-restart').click();
      await page.locator('#check-begin').click();
      await answerCheck(page, { branch: 'near_home', age: 'adult' });
      await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'low');
      await a.check('check result: low');
      await page.locator('#check-restart').click();
      await page.locator('#check-begin').click();
      await answerCheck(page, { branch: 'already_there' });
      await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'emergency');
      await a.check('check result: emergency');
      await page.locator('#check-restart').click();
      await page.locator('#check-open-scan').click();
      await page.locator('#scan-run').click();
      await expect(page.locator('#scan-empty')).not.toBeEmpty();
      await a.check('scan, empty message');
      await page.locator('#scan-text').fill(SCAM_MESSAGE);
      await page.locator('#scan-run').click();
      await expect(page.locator('#scan-highlighted mark').first()).toBeVisible();
      await openAllDetails(page);
      await a.check('scan with highlights');
      await page.locator('#scan-text').fill('Quán cà phê tuyển phục vụ ca sáng, lương theo giờ, phỏng vấn tại quán.');
      await page.locator('#scan-run').click();
      await expect(page.locator('#scan-none')).toBeVisible();
      await a.check('scan, nothing found');
      await a.assertClean();
    });

    test('quizzes: list, dialogs, question, feedback, result, review, contest', async ({ page, server }, testInfo) => {
      test.setTimeout(120_000);
      const a = auditor(page, testInfo);
      await open(page, server, '/quiz');
      await expect(page.locator('.packs li').first()).toBeVisible();
      await a.check('quiz list');
      await page.locator('#clear-progress').click();
      await expect(page.locator('#clear-progress-yes')).toBeVisible();
      await a.check('quiz clear-progress dialog');
      await page.locator('.confirm .btn-quiet').click();
      await page.locator('li[data-pack="tricks"] a').click();
      await expect(page.locator('#start-practice')).toBeVisible();
      await a.check('quiz start');
      await page.locator('#start-practice').click();
      await expect(page.locator('.question')).toBeVisible();
      await a.check('quiz question');
      await page.locator('.stop').click();
      await expect(page.locator('#stop-q')).toBeVisible();
      await a.check('quiz leave dialog');
      await page.locator('.confirm .btn-quiet').click();
      let multipleSeen = false;
      for (let i = 0; i < TRICKS.questions.length; i++) {
        await expect(page.locator('#question-counter')).toBeVisible();
        await answerQuiz(page, i % 3 !== 0, multipleSeen ? null : async () => {
          multipleSeen = true;
          await a.check('quiz multiple-choice question, one ticked');
        });
        await expect(page.locator('.feedback')).toBeVisible();
        if (i < 2) {
          await openAllDetails(page);
          await a.check(`quiz feedback ${i % 3 !== 0 ? 'right' : 'wrong'}`);
        }
        await page.locator('#next-question').click();
      }
      expect(multipleSeen).toBe(true);
      await expect(page.locator('#score')).toBeVisible();
      await openAllDetails(page);
      await a.check('quiz result with review');
      await page.locator('#review-missed').click();
      await expect(page.locator('#question-counter')).toBeVisible();
      await a.check('quiz review question');
      const missed = Math.ceil(TRICKS.questions.length / 3);
      for (let i = 0; i < missed; i++) {
        await answerQuiz(page, true);
        await page.locator('#next-question').click();
      }
      await expect(page.locator('#score')).toHaveText(`${missed}/${missed}`);
      await a.check('quiz review result');
      await open(page, server, '/quiz/tricks');
      await page.locator('#start-contest').click();
      await expect(page.locator('#timer')).toBeVisible();
      await a.check('quiz contest question with timer');
      await a.assertClean();
    });

    test('safe notes: setup, list, editor, lock, unlock, settings, passphrase, wipe', async ({ page, server }, testInfo) => {
      test.setTimeout(180_000);
      const a = auditor(page, testInfo);
      await open(page, server, '/notes');
      await expect(page.locator('#notes-setup')).toBeVisible();
      await a.check('notes setup');
      await page.locator('#notes-kind-pin').check();
      await expect(page.locator('#notes-pin-weaker')).toBeVisible();
      await a.check('notes setup, PIN chosen');
      await page.locator('#notes-kind-phrase').check();
      await page.fill('#notes-new-pass', PASS);
      await page.fill('#notes-confirm-pass', 'không giống');
      await page.click('#notes-create');
      await expect(page.locator('#notes-error')).toBeVisible();
      await a.check('notes setup, error');
      await createVault(page);
      await a.check('notes created');
      await page.click('#notes-open');
      await expect(page.locator('#notes-list')).toBeVisible();
      await a.check('notes list, empty');
      await page.click('#notes-new');
      await page.selectOption('#note-category', 'contacts');
      await page.fill('#note-phone', '0912 345 678');
      await expect(page.locator('#note-call')).toBeVisible();
      await page.fill('#note-title', 'Chị Lan');
      await expect(page.locator('#note-status')).not.toBeEmpty();
      await a.check('notes editor, contact with call button, draft saved');
      await page.fill('#note-body', 'Người ở nhà tạm lánh');
      await page.click('#note-save');
      await addNote(page, 'Hẹn gặp luật sư', 'Thứ hai, 9 giờ');
      await expect(page.locator('.note-item')).toHaveCount(2);
      await a.check('notes list with notes');
      await page.locator('.note-open', { hasText: 'Chị Lan' }).click();
      await expect(page.locator('#note-delete')).toBeVisible();
      await a.check('notes editor of a saved contact note');
      await page.click('#note-delete');
      await expect(page.locator('#notes-undo')).toBeVisible();
      await a.check('notes list, undo bar');
      await page.click('#notes-new');
      await page.fill('#note-title', 'Nháp');
      await expect(page.locator('#note-status')).not.toBeEmpty();
      await page.click('#notes-lock');
      await expect(page.locator('#notes-unlock')).toBeVisible();
      await a.check('notes unlock');
      await page.fill('#notes-pass', 'sai mật khẩu rồi');
      await page.click('#notes-unlock-btn');
      await expect(page.locator('#notes-error')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('#notes-failures')).toBeVisible();
      await a.check('notes unlock with an error');
      await page.fill('#notes-pass', PASS);
      await page.click('#notes-unlock-btn');
      await expect(page.locator('#notes-drafts')).toBeVisible({ timeout: 30_000 });
      await a.check('notes list with a draft to restore');
      await page.fill('#notes-search', 'zzz');
      await expect(page.locator('#notes-none')).toBeVisible();
      await a.check('notes search, no match');
      await page.fill('#notes-search', '');
      await page.click('#notes-settings-open');
      await expect(page.locator('#notes-settings')).toBeVisible();
      await a.check('notes settings');
      await page.selectOption('#notes-auto-lock', '10');
      await expect(page.locator('#notes-settings-saved')).not.toBeEmpty();
      await a.check('notes settings saved');
      await page.click('#notes-pass-open');
      await expect(page.locator('#notes-change')).toBeVisible();
      await a.check('notes passphrase change');
      await page.fill('#notes-old-pass', PASS);
      await page.fill('#notes-change-new', OTHER_PASS);
      await page.fill('#notes-change-confirm', 'khác');
      await page.click('#notes-change-btn');
      await expect(page.locator('#notes-error')).toBeVisible();
      await a.check('notes passphrase change, error');
      await page.fill('#notes-old-pass', PASS);
      await page.fill('#notes-change-new', OTHER_PASS);
      await page.fill('#notes-change-confirm', OTHER_PASS);
      await page.click('#notes-change-btn');
      await expect(page.locator('#notes-changed')).toBeVisible({ timeout: 30_000 });
      await a.check('notes passphrase changed');
      await page.click('#notes-change-back');
      await page.click('#notes-wipe-open');
      await expect(page.locator('#notes-wipe')).toBeVisible();
      await a.check('notes wipe dialog');
      await page.click('#notes-wipe-cancel');
      await expect(page.locator('#notes-list')).toBeVisible();
      await a.assertClean();
    });

    test('safe notes: export and import', async ({ page, server }, testInfo) => {
      test.setTimeout(180_000);
      const a = auditor(page, testInfo);
      await open(page, server, '/notes');
      await createVault(page);
      await page.click('#notes-open');
      await addNote(page, 'Khám sức khỏe', 'Mang theo giấy hẹn');
      await page.click('#notes-settings-open');
      await page.click('#notes-export-open');
      await expect(page.locator('#notes-export')).toBeVisible();
      await a.check('notes export');
      await page.locator('#notes-export-other').check();
      await expect(page.locator('#notes-export-new')).toBeVisible();
      await a.check('notes export with a separate passphrase');
      await page.locator('#notes-export-same').check();
      await page.fill('#notes-export-pass', 'không phải mật khẩu này');
      await page.click('#notes-export-btn');
      await expect(page.locator('#notes-export-error')).toBeVisible({ timeout: 30_000 });
      await a.check('notes export, wrong passphrase');
      await page.fill('#notes-export-pass', PASS);
      const download = page.waitForEvent('download', { timeout: 30_000 });
      await page.click('#notes-export-btn');
      const file = await download;
      await expect(page.locator('#notes-exported')).toBeVisible();
      await a.check('notes export done');
      const path = testInfo.outputPath('backup.bak');
      await file.saveAs(path);
      const bytes = readFileSync(path);
      await page.click('#notes-export-back');
      await page.click('#notes-import-open');
      await expect(page.locator('#notes-import')).toBeVisible();
      await a.check('notes import');
      await page.setInputFiles('#notes-import-file', { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not a backup') });
      await page.fill('#notes-import-pass', PASS);
      await page.click('#notes-import-open-file');
      await expect(page.locator('#notes-import-error')).toBeVisible({ timeout: 30_000 });
      await a.check('notes import, foreign file');
      await page.setInputFiles('#notes-import-file', { name: 'sao-luu.bak', mimeType: 'application/octet-stream', buffer: bytes });
      await page.fill('#notes-import-pass', PASS);
      await page.click('#notes-import-open-file');
      await expect(page.locator('#notes-preview')).toBeVisible({ timeout: 30_000 });
      await a.check('notes import preview');
      await page.locator('#notes-mode-replace').check();
      await a.check('notes import preview, replace');
      await page.click('#notes-import-confirm');
      await expect(page.locator('#notes-imported')).toBeVisible({ timeout: 30_000 });
      await a.check('notes imported');
      await a.assertClean();
    });
  });
}

// --- Keyboard only ---------------------------------------------------------

test.describe('keyboard only', () => {
  test('the risk check, from the home page to a result', async ({ page, server }) => {
    await open(page, server, '/');
    await tabTo(page, '#quick-exit');
    await tabTo(page, 'a.entry[href="/check"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(server.url('/check'));
    await expect(page.locator('#check-begin')).toBeVisible();
    await tabTo(page, '#check-begin');
    await page.keyboard.press('Enter');
    const heading = page.locator('#check-question');
    await expect(heading).toBeFocused();
    for (let i = 0; i < 40; i++) {
      await expect(heading.or(page.locator('#check-result'))).toBeVisible();
      if (await page.locator('#check-result').isVisible()) break;
      const id = await heading.getAttribute('data-question');
      await expect(heading).toBeFocused();
      const answer = HIGH_RISK[id] ?? SAFE[id];
      if (MULTIPLE.has(id)) {
        // A real checkbox: Space ticks it, then Next.
        await tabTo(page, `#check-option-${answer}`);
        await page.keyboard.press('Space');
        await tabTo(page, '#check-next');
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, `.check-answer[data-answer="${answer}"]`);
        // Enter for most, Space for some: both must work on a button.
        await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
      }
      await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
    }
    await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
    await expect(page.locator('#check-level-title')).toBeFocused();
    // The sources of a reason open with the keyboard.
    await tabTo(page, '#check-call-111');
    await tabTo(page, '#check-why > summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('#check-why')).toHaveAttribute('open', '');
    await tabTo(page, '.flag summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('.flag details').first()).toHaveAttribute('open', '');
    await tabTo(page, '#check-change');
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    // Shift+Tab reaches Back, before the question.
    await tabTo(page, '#check-back', { back: true });
    expect(await unnamedControls(page)).toEqual([]);
  });

  test('a quiz to its result and the review of the missed questions', async ({ page, server }) => {
    test.setTimeout(120_000);
    await open(page, server, '/quiz');
    await tabTo(page, 'li[data-pack="tricks"] a');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(server.url('/quiz/tricks'));
    await tabTo(page, '#start-practice');
    await page.keyboard.press('Enter');
    const missed = [];
    for (let i = 0; i < TRICKS.questions.length; i++) {
      const prompt = page.locator('.question .question-prompt');
      await expect(prompt).toBeFocused();
      const qid = await page.locator('.question').getAttribute('data-question-id');
      const q = TRICKS_BY_ID[qid];
      const right = i % 4 !== 0;
      if (!right) missed.push(qid);
      const ids = right ? q.answers.filter((x) => x.correct).map((x) => x.id) : [q.answers.find((x) => !x.correct).id];
      if (q.kind === 'multiple') {
        for (const id of ids) {
          await tabTo(page, `#ans-${id}`);
          await page.keyboard.press('Space');
          await expect(page.locator(`#ans-${id}`)).toBeChecked();
        }
        await tabTo(page, '#submit-answer');
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, `.answer[data-answer-id="${ids[0]}"]`);
        await page.keyboard.press('Enter');
      }
      await expect(page.locator('#next-question')).toBeFocused();
      // The answer scored is the one reached and pressed, whatever its place.
      const lang = await page.evaluate(() => document.documentElement.lang);
      await expectScoredAnswer(page.locator('.feedback'), qid,
        q.answers.filter((x) => ids.includes(x.id)).map((x) => x.text[lang]));
      await expectFocusVisible(page, 'next question');
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#score')).toHaveText(`${TRICKS.questions.length - missed.length}/${TRICKS.questions.length}`);
    await tabTo(page, '.review-all summary');
    await page.keyboard.press('Space');
    await expect(page.locator('details.review-all')).toHaveAttribute('open', '');
    await tabTo(page, '#review-missed', { back: true });
    await page.keyboard.press('Enter');
    for (let i = 0; i < missed.length; i++) {
      await expect(page.locator('.question .question-prompt')).toBeFocused();
      const qid = await page.locator('.question').getAttribute('data-question-id');
      const q = TRICKS_BY_ID[qid];
      const ids = q.answers.filter((x) => x.correct).map((x) => x.id);
      if (q.kind === 'multiple') {
        for (const id of ids) {
          await tabTo(page, `#ans-${id}`);
          await page.keyboard.press('Space');
        }
        await tabTo(page, '#submit-answer');
      } else {
        await tabTo(page, `.answer[data-answer-id="${ids[0]}"]`);
      }
      await page.keyboard.press('Enter');
      await expect(page.locator('#next-question')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#score')).toHaveText(`${missed.length}/${missed.length}`);
    expect(await unnamedControls(page)).toEqual([]);
  });

  test('notes: create the vault, add a note, save, lock', async ({ page, server }) => {
    test.setTimeout(120_000);
    await open(page, server, '/notes');
    await expect(page.locator('#notes-setup')).toBeVisible();
    // The kind of secret is a radio group: arrow keys move the choice.
    await tabTo(page, '#notes-kind-phrase');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#notes-kind-pin')).toBeChecked();
    await expectFocusVisible(page, 'PIN radio');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#notes-kind-phrase')).toBeChecked();
    await tabTo(page, '#notes-new-pass');
    await page.keyboard.type(PASS);
    await tabTo(page, '#notes-confirm-pass');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Enter'); // submits the form
    await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
    await tabTo(page, '#notes-open');
    await page.keyboard.press('Enter');
    await tabTo(page, '#notes-new');
    await page.keyboard.press('Enter');
    await tabTo(page, '#note-title');
    await page.keyboard.type('Hẹn gặp luật sư');
    await tabTo(page, '#note-category');
    // A closed select changes with the arrow keys.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#note-category')).not.toHaveValue('appointment');
    await tabTo(page, '#note-body');
    await page.keyboard.type('Thứ hai, 9 giờ');
    await tabTo(page, '#note-save');
    await page.keyboard.press('Enter');
    await expect(page.locator('.note-item')).toHaveCount(1);
    await tabTo(page, '.note-open');
    await tabTo(page, '#notes-settings-open');
    await page.keyboard.press('Enter');
    await expect(page.locator('#notes-settings')).toBeVisible();
    // Down to the last control, then back up to Lock: the page scrolls, and
    // what has focus is never hidden under the sticky top bar.
    await tabTo(page, '#notes-settings .notes-wipe-open');
    expect(await page.evaluate(() => window.scrollY), 'the settings page scrolled').toBeGreaterThan(0);
    await tabTo(page, '#notes-lock', { back: true });
    await page.keyboard.press('Enter');
    await expect(page.locator('#notes-unlock')).toBeVisible();
    await expect(page.locator('#notes-pass')).toBeFocused();
    await expectFocusVisible(page, 'passphrase field after locking');
    await expect(page.locator('.note-item')).toHaveCount(0);
    expect(await unnamedControls(page)).toEqual([]);
  });
});

// --- Language of parts ------------------------------------------------------

test('English screens: html lang="en", every Vietnamese word inside lang="vi"', async ({ page, server }) => {
  test.setTimeout(120_000);
  await useLang(page, 'en');
  const problems = [];
  const look = async (state) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await openAllDetails(page);
    problems.push(...(await untaggedVietnamese(page)).map((p) => `[${state}] ${p}`));
  };
  for (const path of ['/', '/hotlines', '/safety', '/quiz', '/no-such-page']) {
    await open(page, server, path);
    await look(path);
  }
  await open(page, server, '/check');
  await page.locator('#check-begin').click();
  await look('check question');
  await answerCheck(page, { ...HIGH_RISK, pay: 'not_sure', contract: 'not_sure' });
  await openAllDetails(page);
  await look('check result');
  await page.locator('#check-restart').click();
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(SCAM_MESSAGE);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-highlighted mark').first()).toBeVisible();
  await look('scan');
  for (const pack of PACK_IDS) {
    await open(page, server, `/quiz/${pack}`);
    if (PACKS[pack].content_note) await expect(page.locator('#content-note')).toBeVisible();
    await look(`quiz ${pack} start`);
    await page.locator('#start-contest').click();
    const n = PACKS[pack].questions.length;
    for (let i = 0; i < n; i++) {
      await expect(page.locator('#question-counter')).toHaveText(`Question ${i + 1}/${n}`);
      const multiple = (await page.locator('#submit-answer').count()) > 0;
      await page.locator('.answer').first().click();
      if (multiple) await page.locator('#submit-answer').click();
    }
    await expect(page.locator('#score')).toBeVisible();
    await look(`quiz ${pack} result`);
  }
  await open(page, server, '/notes');
  await look('notes setup');
  await createVault(page);
  await page.click('#notes-open');
  await addNote(page, 'Hẹn gặp luật sư', 'Thứ hai, 9 giờ');
  await page.click('#notes-new');
  await page.fill('#note-title', 'Nháp chưa lưu');
  await expect(page.locator('#note-status')).not.toBeEmpty();
  await page.click('#note-back');
  await look('notes list with a note and a draft');
  await page.click('#notes-settings-open');
  await page.click('#notes-import-open');
  await page.setInputFiles('#notes-import-file', { name: 'sao-lưu.bak', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
  await look('notes import with a file chosen');
  expect(problems).toEqual([]);
});

test('Vietnamese screens: html lang="vi", the switch to English in English', async ({ page, server }) => {
  await open(page, server, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('#lang-switch .lang-long[lang="en"]')).toHaveText('English');
  await expect(page.locator('#lang-switch .lang-short[lang="en"]')).toHaveText('EN');
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#lang-switch .lang-long[lang="vi"]')).toHaveText('Tiếng Việt');
});

// --- 200% text and 320 px -------------------------------------------------

test('check result, quiz review and notes screens: no sideways scroll at 320 px and at 200% text', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems = [];
  const measure = async (state) => {
    for (const size of ['100%', '200%']) {
      await page.evaluate((s) => { document.documentElement.style.fontSize = s; }, size);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) problems.push(`${state} at ${size}: ${overflow}px sideways`);
      await expect(page.locator('#call-111')).toBeVisible();
    }
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
  };
  await open(page, server, '/check');
  await page.locator('#check-begin').click();
  await measure('check question');
  await answerCheck(page, HIGH_RISK);
  await openAllDetails(page);
  await measure('check result');
  await page.locator('#check-restart').click();
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(SCAM_MESSAGE);
  await page.locator('#scan-run').click();
  await openAllDetails(page);
  await measure('scan');
  await open(page, server, '/quiz');
  await measure('quiz list');
  await open(page, server, '/quiz/tricks');
  await page.locator('#start-practice').click();
  await measure('quiz question');
  for (let i = 0; i < TRICKS.questions.length; i++) {
    await answerQuiz(page, i % 2 === 0);
    if (i === 0) await measure('quiz feedback');
    await page.locator('#next-question').click();
  }
  await openAllDetails(page);
  await measure('quiz result and review');
  await page.locator('#review-missed').click();
  await measure('quiz review');
  await open(page, server, '/notes');
  await measure('notes setup');
  await createVault(page);
  await measure('notes created');
  await page.click('#notes-open');
  await addNote(page, 'Một tiêu đề rất dài không có khoảng trắng nàoooooooooooooooooooooooooooooooooooo', 'Nội dung');
  await measure('notes list');
  await page.locator('.note-open').first().click();
  await page.selectOption('#note-category', 'contacts');
  await page.fill('#note-phone', '0912 345 678');
  await measure('notes editor');
  await page.click('#note-back');
  await page.click('#notes-settings-open');
  await measure('notes settings');
  await page.click('#notes-import-open');
  await measure('notes import');
  await page.click('#notes-import-back');
  await page.click('#notes-pass-open');
  await measure('notes passphrase');
  await page.click('#notes-change-back');
  await page.click('#notes-wipe-open');
  await measure('notes wipe');
  await page.click('#notes-wipe-cancel');
  await page.click('#notes-lock');
  await measure('notes unlock');
  expect(problems).toEqual([]);
});
