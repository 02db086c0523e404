// The job-offer risk check (/check): questions one per screen, the result
// with its reasons, scanning a recruiter's message, offline use, and that
// nothing the user answered or pasted is stored anywhere.
import { test, expect, appReady, swControlling, stopServerWhenOffline } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const RISK = JSON.parse(readFileSync(new URL('../../content/risk-check.json', import.meta.url), 'utf8'));
const PHRASES = JSON.parse(readFileSync(new URL('../../content/scan-phrases.json', import.meta.url), 'utf8'));
const question = (id) => RISK.questions.find((q) => q.id === id);
const flag = (id) => RISK.flags.find((f) => f.id === id);
const level = (id) => RISK.levels.find((l) => l.level === id);
const phrase = (id) => PHRASES.phrases.find((p) => p.id === id);
const step = (id) => RISK.steps.find((s) => s.id === id);

// The safest answer to every question: lowest weight, no flag, never "not sure".
const SAFE = Object.fromEntries(RISK.questions.map((q) => [q.id,
  q.answers.filter((a) => !a.unsure && !(a.flags || []).length).sort((a, b) => a.weight - b.weight)[0].id]));
// The passport is kept and a deposit is asked for; everything else is safe.
const HIGH_RISK = { documents: 'yes', money_asked: 'yes', fee_type: 'deposit' };
// Questions shown before any answer (no show_if).
const SHOWN_AT_FIRST = RISK.questions.filter((q) => !(q.show_if || []).length).length;

const SCAM_MESSAGE = '🔥 TUYỂN GẤP 10 bạn sang Campuchia làm việc nhẹ lương cao 25tr/tháng, '
  + 'bao ăn ở, bao vé máy bay, không cần bằng cấp. Đặt cọc 2 triệu giữ chỗ, <b>bold</b>\n'
  + 'xuất cảnh nhanh, không cần hộ chiếu. Đừng nói với gia đình nha. Ib Telegram!';
const SCAM_SPANS = ['TUYỂN GẤP', 'Campuchia', 'việc nhẹ lương cao', 'bao ăn ở', 'bao vé máy bay', 'không cần bằng cấp',
  'Đặt cọc', 'xuất cảnh nhanh', 'không cần hộ chiếu', 'Đừng nói với gia đình', 'Telegram'];
const SCAM_PHRASES = ['urgency', 'scam_hub_area', 'easy_high_pay', 'everything_paid', 'no_qualifications', 'deposit_fee',
  'no_papers', 'keep_secret', 'move_to_telegram'];
const HONEST_AD = 'Quán cà phê Hoa Sữa (đường Bạch Đằng, quận Hải Châu, Đà Nẵng) tuyển 2 bạn phục vụ ca sáng, '
  + '6h–11h. Lương 25.000 đồng/giờ, thưởng lễ Tết. Không cần kinh nghiệm, quán sẽ hướng dẫn. '
  + 'Phỏng vấn trực tiếp tại quán, nhớ mang theo căn cước để làm hợp đồng.';

async function openCheck(page, server) {
  await page.goto(server.url('/check'));
  await appReady(page);
  await expect(page.locator('#check-begin')).toBeVisible();
}

/** The id of the question on screen. */
const currentQuestion = (page) => page.locator('#check-question').getAttribute('data-question');

/**
 * Answers every question shown, with `choices[id]` or else the safest
 * answer, until the result appears. Checks the count and the focus on the
 * way. Returns the ids of the questions seen.
 */
async function answerAll(page, choices = {}, { from = 1 } = {}) {
  const seen = [];
  const heading = page.locator('#check-question');
  const result = page.locator('#check-result');
  for (let i = 0; i < 40; i++) {
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) return seen;
    const id = await currentQuestion(page);
    seen.push(id);
    await expect(page.locator('#check-count')).toHaveText(new RegExp(`^(Câu|Question) ${from + seen.length - 1}/\\d+$`));
    await expect(heading, 'focus moves to the new question').toBeFocused();
    await page.locator(`.check-answer[data-answer="${choices[id] ?? SAFE[id]}"]`).click();
    await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
  }
  throw new Error('the check never reached its result');
}

async function startAndAnswer(page, server, choices) {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  return answerAll(page, choices);
}

/** Every visible link, button or summary smaller than 44 px, and sideways overflow. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const small = [...document.querySelectorAll('a, button, summary, label.check-option')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ t: el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ t, r }) => `${t} ${Math.round(r.width)}x${Math.round(r.height)}`);
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const inline = document.querySelectorAll('main [style]').length;
    return { small, overflow, inline };
  });
}

test('the start panel says what the check is and that nothing is kept', async ({ page, server }) => {
  await openCheck(page, server);
  await expect(page.locator('main h1')).toHaveText('Kiểm tra lời mời việc làm');
  await expect(page.locator('#check-start')).toContainText('Trả lời vài câu hỏi về lời mời bạn vừa nhận');
  await expect(page.locator('#check-start')).toContainText('một lời mời');
  await expect(page.locator('#check-start')).toContainText('3 phút');
  await expect(page.locator('#check-private')).toContainText('không lưu');
  await expect(page.locator('#check-private')).toContainText('mất hết');
  await expect(page.locator('#check-begin')).toHaveText('Bắt đầu kiểm tra');
  await expect(page.locator('#check-open-scan')).toHaveText('Dán tin nhắn tuyển dụng để quét');
  // Quick exit is still the first thing a keyboard reaches.
  await page.keyboard.press('Tab');
  await expect(page.locator('#quick-exit')).toBeFocused();
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-begin')).toHaveText('Start the check');
  await expect(page.locator('#check-start')).toContainText('Answer a few questions about the offer you received');
});

test('one question per screen: count, progress bar, big answers, focus on the question', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  const first = RISK.questions[0];
  await expect(page.locator('#check-question')).toHaveText(first.prompt.vi);
  await expect(page.locator('#check-question')).toBeFocused();
  await expect(page.locator('#check-count')).toHaveText(`Câu 1/${SHOWN_AT_FIRST}`);
  const bar = page.locator('progress#check-progress');
  await expect(bar).toHaveAttribute('value', '1');
  await expect(bar).toHaveAttribute('max', String(SHOWN_AT_FIRST));
  const buttons = page.locator('.check-answer');
  await expect(buttons).toHaveText(first.answers.map((a) => a.text.vi));
  const main = await page.locator('main').boundingBox();
  for (const b of await buttons.all()) {
    const box = await b.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width, 'answers span the screen').toBeGreaterThan(main.width - 40);
  }
  // A way out at any time.
  await expect(page.locator('.check-leave')).toHaveAttribute('href', '/');
  const problems = await layoutProblems(page);
  expect(problems).toEqual({ small: [], overflow: expect.any(Number), inline: 0 });
  expect(problems.overflow).toBeLessThanOrEqual(0);
  // Tapping an answer records it and moves on.
  await buttons.first().click();
  await expect(page.locator('#check-count')).toHaveText(`Câu 2/${SHOWN_AT_FIRST}`);
  await expect(page.locator('#check-question')).toHaveText(RISK.questions[1].prompt.vi);
  await expect(page.locator('#check-question')).toBeFocused();
});

test('a high-risk offer (passport kept, deposit) is rated the highest, with both reasons and a call button', async ({ page, server }) => {
  const seen = await startAndAnswer(page, server, HIGH_RISK);
  expect(seen).toContain('fee_type'); // shown because money was asked for
  expect(seen).not.toContain('destination'); // the job is not abroad
  const result = page.locator('#check-result');
  await expect(result).toHaveAttribute('data-level', 'very_high');
  await expect(page.locator('#check-level-title')).toHaveText(`Mức rủi ro: ${level('very_high').title.vi}`);
  await expect(page.locator('#check-level-title')).toBeFocused();
  await expect(page.locator('#check-level-summary')).toHaveText(level('very_high').summary.vi);
  await expect(page.locator('#check-level svg')).toBeVisible(); // an icon, not colour alone

  const flags = page.locator('#check-flags > li.flag');
  await expect(flags).toHaveCount(2);
  for (const [id, q, a] of [['document_retention', 'documents', 'yes'], ['fee_or_debt', 'fee_type', 'deposit']]) {
    const item = page.locator(`.flag[data-flag="${id}"]`);
    await expect(item.locator('.flag-title')).toHaveText(flag(id).title.vi);
    await expect(item.locator('.flag-why')).toHaveText(flag(id).why.vi);
    await expect(item).toHaveClass(/critical/);
    const cause = item.locator(`.flag-cause[data-question="${q}"][data-answer="${a}"]`);
    await expect(cause).toContainText(question(q).answers.find((x) => x.id === a).text.vi);
    await expect(cause).toContainText(question(q).prompt.vi);
    const sources = item.locator('details.sources');
    await expect(sources.locator('li').first()).toBeHidden();
    await sources.locator('summary').click();
    await expect(sources.locator('li')).toHaveText(flag(id).sources);
  }
  // Steps fitted to the flags; the abroad line only for someone abroad.
  for (const id of ['dont_hand_documents', 'dont_pay', 'tell_adult', 'call_111', 'call_113']) {
    await expect(page.locator(`#check-steps li[data-step="${id}"]`)).toContainText(step(id).text.vi);
  }
  await expect(page.locator('#check-steps li[data-step="call_mofa"]')).toHaveCount(0);
  await expect(page.locator('#check-call-abroad')).toHaveCount(0);

  const call = page.locator('#check-call-111');
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', 'tel:111');
  await expect(call).toContainText('Gọi 111');
  // A tap follows the link to tel:111 (stopped here before the system dialler).
  await page.evaluate(() => {
    window.__dial = null;
    document.getElementById('check-call-111').addEventListener('click', (e) => {
      window.__dial = e.currentTarget.href;
      e.preventDefault();
    }, { once: true });
  });
  await call.click();
  expect(await page.evaluate(() => window.__dial)).toBe('tel:111');

  // The same result in English, answers kept.
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-level-title')).toHaveText(`Risk level: ${level('very_high').title.en}`);
  await expect(page.locator('.flag[data-flag="fee_or_debt"] .flag-title')).toHaveText(flag('fee_or_debt').title.en);
  await expect(page.locator('#check-call-111')).toContainText('Call 111');
  const problems = await layoutProblems(page);
  expect(problems.small).toEqual([]);
  expect(problems.overflow).toBeLessThanOrEqual(0);
  expect(problems.inline).toBe(0);
});

test('someone abroad also gets the citizen-protection line, from the hotline data', async ({ page, server }) => {
  await startAndAnswer(page, server, { where_now: 'abroad', ...HIGH_RISK });
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
  await expect(page.locator('#check-steps li[data-step="call_mofa"]')).toBeVisible();
  await expect(page.locator('#check-call-abroad')).toHaveAttribute('href', 'tel:+84981848484');
  await expect(page.locator('#check-call-111')).toHaveAttribute('href', 'tel:111');
  await expect(page.locator('#check-steps li[data-step="call_113"]')).toHaveCount(0);
});

test('an all-safe offer is rated the lowest, with no warning signs', async ({ page, server }) => {
  await startAndAnswer(page, server, {});
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'low');
  await expect(page.locator('#check-level-title')).toHaveText(`Mức rủi ro: ${level('low').title.vi}`);
  await expect(page.locator('#check-no-flags')).toBeVisible();
  await expect(page.locator('.flag')).toHaveCount(0);
  await expect(page.locator('#check-find-out')).toHaveCount(0);
  await expect(page.locator('#check-call-111')).toHaveAttribute('href', 'tel:111');
  await expect(page.locator('#check-steps li[data-step="tell_adult"]')).toBeVisible();
});

test('"not sure" answers add what to find out', async ({ page, server }) => {
  await startAndAnswer(page, server, { documents: 'not_sure', company: 'not_sure' });
  const items = page.locator('#check-find-out > li');
  await expect(items).toHaveText([question('company').find_out.vi, question('documents').find_out.vi]);
  await expect(page.locator('.flag')).toHaveCount(0);
  await expect(page.locator('#check-result')).not.toHaveAttribute('data-level', 'low');
});

test('Back shows the earlier choice, a changed answer changes what is asked and the result', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  // Up to the money question, then "yes": the fee question appears.
  for (;;) {
    const id = await currentQuestion(page);
    if (id === 'money_asked') break;
    await page.locator(`.check-answer[data-answer="${SAFE[id]}"]`).click();
    await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
  }
  const n = (await page.locator('#check-count').textContent()).match(/Câu (\d+)\//)[1];
  await page.locator('.check-answer[data-answer="yes"]').click();
  await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'fee_type');
  await expect(page.locator('#check-count')).toHaveText(`Câu ${+n + 1}/${SHOWN_AT_FIRST + 1}`);
  // Back: the earlier choice is shown as chosen, in words too.
  await page.locator('#check-back').click();
  await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'money_asked');
  await expect(page.locator('#check-question')).toBeFocused();
  const chosen = page.locator('.check-answer.selected');
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toHaveAttribute('data-answer', 'yes');
  await expect(chosen).toContainText('Đã chọn');
  // "No" hides the fee question again.
  await page.locator('.check-answer[data-answer="no"]').click();
  await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'documents');
  await expect(page.locator('#check-count')).toHaveText(`Câu ${+n + 1}/${SHOWN_AT_FIRST}`);
  // Finish with the passport kept: the highest level.
  await answerAll(page, { documents: 'yes' }, { from: +n + 1 });
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
  await expect(page.locator('.flag')).toHaveCount(1);

  // From the result, back to the passport question and change the answer.
  await page.locator('#check-change').click();
  await expect(page.locator('#check-question')).toBeFocused();
  for (let i = 0; i < 20 && (await currentQuestion(page)) !== 'documents'; i++) {
    const id = await currentQuestion(page);
    await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', SAFE[id]);
    await page.locator('#check-back').click();
    await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
  }
  await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', 'yes');
  await page.locator('.check-answer[data-answer="no"]').click();
  // Every question still has its answer, so the result is one tap away.
  await page.locator('#check-to-result').click();
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'low');
  await expect(page.locator('.flag')).toHaveCount(0);
  // The review lists the changed answer.
  await page.locator('#check-review summary').click();
  await expect(page.locator('#check-review .review-row[data-question="documents"] dd strong')).toHaveText('Không');

  // Start over forgets everything.
  await page.locator('#check-restart').click();
  await expect(page.locator('#check-start')).toBeVisible();
  await page.locator('#check-begin').click();
  await expect(page.locator('.check-answer.selected')).toHaveCount(0);
});

test('Back on the first question returns to the start; leaving adds no history entry', async ({ page, server }) => {
  await openCheck(page, server);
  const before = await page.evaluate(() => history.length);
  await page.locator('#check-begin').click();
  await page.locator('.check-answer').first().click();
  await page.locator('#check-back').click();
  await page.locator('#check-back').click();
  await expect(page.locator('#check-start')).toBeVisible();
  await page.locator('#check-begin').click();
  await page.locator('.check-leave').click();
  await expect(page).toHaveURL(server.url('/'));
  await expect(page.locator('h1')).toHaveText('Bạn cần gì hôm nay?');
  expect(await page.evaluate(() => history.length)).toBe(before);
  // Coming back starts afresh: the answers went with the page.
  await page.locator('#entry-check').click();
  await page.locator('#check-begin').click();
  await expect(page.locator('.check-answer.selected')).toHaveCount(0);
});

test('switching language mid-check keeps the answers', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await page.locator(`.check-answer[data-answer="abroad"]`).click();
  await page.locator(`.check-answer[data-answer="age_16_17"]`).click();
  const id = await currentQuestion(page);
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-question')).toHaveText(question(id).prompt.en);
  await expect(page.locator('#check-count')).toHaveText(`Question 3/${SHOWN_AT_FIRST}`);
  await page.locator('#check-back').click();
  await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', 'age_16_17');
  await expect(page.locator('.check-answer.selected')).toContainText('Chosen');
  await page.locator('#lang-switch').click();
  await page.locator('#check-back').click();
  await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', 'abroad');
  await expect(page.locator('.check-answer.selected')).toContainText('Đã chọn');
});

test.describe('multiple choice', () => {
  // Without a service worker the content request can be replaced.
  test.use({ serviceWorkers: 'block' });

  test('uses real checkboxes and a Next button', async ({ page, server }) => {
    const content = structuredClone(RISK);
    content.questions.find((q) => q.id === 'channel').kind = 'multiple';
    await page.route('**/content/risk-check.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(content) }));
    await openCheck(page, server);
    await page.locator('#check-begin').click();
    await page.locator('.check-answer[data-answer="in_vietnam"]').click();
    await page.locator('.check-answer[data-answer="age_18_plus"]').click();
    await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'channel');
    const boxes = page.locator('.check-option input[type="checkbox"]');
    await expect(boxes).toHaveCount(question('channel').answers.length);
    const next = page.locator('#check-next');
    await expect(next).toBeDisabled();
    await page.getByLabel(question('channel').answers[0].text.vi).check();
    await page.locator('label[for="check-option-job_website"]').click();
    await expect(next).toBeEnabled();
    await next.click();
    await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'job_location');
    await page.locator('#check-back').click();
    await expect(page.locator('#check-option-stranger_online')).toBeChecked();
    await expect(page.locator('#check-option-job_website')).toBeChecked();
    await expect(page.locator('#check-option-in_person')).not.toBeChecked();
    await page.locator('#check-next').click();
    await answerAll(page, {}, { from: 4 });
    const item = page.locator('.flag[data-flag="social_media_recruiter"]');
    await expect(item.locator('.flag-cause')).toHaveAttribute('data-answer', 'stranger_online');
  });
});

test('sharing sends the summary, else copies it, and says so', async ({ page, server }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data) => { window.__shared.push(data.text); },
    });
  });
  await startAndAnswer(page, server, HIGH_RISK);
  const status = page.locator('#check-share-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#check-share')).toHaveText('Chia sẻ với người bạn tin tưởng');
  await page.locator('#check-share').click();
  await expect(status).toHaveText('Đã chia sẻ.');
  const [text] = await page.evaluate(() => window.__shared);
  expect(text).toContain(level('very_high').title.vi);
  expect(text).toContain(flag('document_retention').title.vi);
  expect(text).toContain('111');
  // Without the share sheet, the clipboard.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    window.__copied = null;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t) => { window.__copied = t; } },
    });
  });
  await page.locator('#lang-switch').click();
  await page.locator('#check-share').click();
  await expect(status).toHaveText(/^Summary copied/);
  expect(await page.evaluate(() => window.__copied)).toContain(level('very_high').title.en);
  // Neither: an honest failure.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => { throw new Error('denied'); } },
    });
  });
  await page.locator('#check-share').click();
  await expect(status).toHaveText(/^Sharing does not work/);
});

test('a pasted recruiter message gets its red-flag phrases highlighted, numbered and explained', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-open-scan').click();
  const box = page.getByLabel('Dán tin nhắn hoặc bài đăng tuyển dụng vào đây');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('id', 'scan-text');
  // An empty box asks for text first.
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-empty')).toHaveText('Hãy dán tin nhắn vào ô trên trước.');
  await box.fill(SCAM_MESSAGE);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-result h2')).toBeFocused();
  const marks = page.locator('#scan-highlighted mark.scan-mark');
  await expect(marks).toHaveCount(SCAM_SPANS.length);
  await expect(marks).toHaveText(SCAM_SPANS);
  await expect(page.locator('#scan-count')).toContainText(String(SCAM_SPANS.length));
  // The untrusted text is text, never markup; line breaks are kept.
  await expect(page.locator('#scan-highlighted b')).toHaveCount(0);
  await expect(page.locator('#scan-highlighted')).toContainText('<b>bold</b>');
  // Each mark is numbered by its phrase, and the reasons follow in that order.
  const numbers = await marks.evaluateAll((ms) => ms.map((m) => [m.dataset.phrase, m.dataset.number,
    m.nextElementSibling?.textContent]));
  for (const [id, n, sup] of numbers) {
    expect(n).toBe(String(SCAM_PHRASES.indexOf(id) + 1));
    expect(sup).toBe(n);
  }
  const reasons = page.locator('#scan-reasons > li');
  await expect(reasons).toHaveCount(SCAM_PHRASES.length);
  for (const [i, id] of SCAM_PHRASES.entries()) {
    const item = page.locator(`#scan-reason-${i + 1}`);
    await expect(item).toHaveAttribute('data-phrase', id);
    await expect(item.locator('.scan-why')).toHaveText(phrase(id).reason.vi);
    await item.locator('details.sources summary').click();
    // Publisher and date only (scan.spec.mjs checks the exact labels).
    await expect(item.locator('details.sources li')).toHaveCount(phrase(id).sources.length);
    for (const s of phrase(id).sources) await expect(item.locator('details.sources')).toContainText(s.publisher);
  }
  await expect(page.locator('#scan-reason-4 .scan-spans q')).toHaveText(['bao ăn ở', 'bao vé máy bay']);
  // English: reasons change, the message and its marks stay.
  await page.locator('#lang-switch').click();
  await expect(page.locator('#scan-reason-6 .scan-why')).toHaveText(phrase('deposit_fee').reason.en);
  await expect(marks).toHaveText(SCAM_SPANS);
  await expect(page.locator('#scan-text')).toHaveValue(SCAM_MESSAGE);
  const problems = await layoutProblems(page);
  expect(problems.small).toEqual([]);
  expect(problems.overflow).toBeLessThanOrEqual(0);
  expect(problems.inline).toBe(0);
  // On to the full check.
  await page.locator('#scan-full-check').click();
  await expect(page.locator('#check-question')).toHaveAttribute('data-question', RISK.questions[0].id);
});

test('an honest job ad gets no highlights and an honest caveat', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(HONEST_AD);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-none')).toContainText('Điện thoại không nhận ra cụm từ đáng lo nào');
  await expect(page.locator('#scan-none')).toContainText('không có nghĩa là lời mời an toàn');
  await expect(page.locator('mark')).toHaveCount(0);
  await expect(page.locator('#scan-full-check')).toBeVisible();
  // Clear empties the box and the result.
  await page.locator('#scan-clear').click();
  await expect(page.locator('#scan-text')).toHaveValue('');
  await expect(page.locator('#scan-result')).toHaveCount(0);
});

test('the check and the scan work offline after one visit', async ({ page, server }) => {
  await openCheck(page, server);
  await stopServerWhenOffline(page, server);
  await page.reload();
  await appReady(page);
  await page.locator('#check-begin').click();
  await answerAll(page, HIGH_RISK);
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
  await expect(page.locator('#check-call-111')).toHaveAttribute('href', 'tel:111');
  await page.locator('#check-restart').click();
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(SCAM_MESSAGE);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-highlighted mark')).toHaveCount(SCAM_SPANS.length);
});

test('nothing answered or pasted is kept in any storage, the URL or the history', async ({ page, server }) => {
  const pasted = `Liên hệ chị Zebra-QX7731 ${SCAM_MESSAGE}`;
  await openCheck(page, server);
  await swControlling(page);
  const cachedUrls = () => page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(`${name} ${req.url}`);
    }
    return urls.sort();
  });
  const cachedBefore = await cachedUrls();
  const historyBefore = await page.evaluate(() => history.length);

  await page.locator('#check-begin').click();
  await answerAll(page, HIGH_RISK);
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'very_high');
  await page.locator('#check-restart').click();
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(pasted);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-highlighted mark').first()).toBeVisible();

  // Ids of the questions and answers given, and the pasted text.
  const answerIds = ['money_asked', 'fee_type', 'deposit', 'documents', 'in_vietnam', 'age_18_plus', 'near_home',
    'signed_understood'];
  const needles = ['Zebra-QX7731', ...answerIds];
  const hits = await page.evaluate(async (needles) => {
    const found = [];
    const look = (where, text) => {
      for (const n of needles) if (String(text).includes(n)) found.push(`${where}: ${n}`);
    };
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        look(`${name} ${key}`, key + store.getItem(key));
      }
    }
    const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    for (const { name } of await indexedDB.databases()) {
      const db = await req(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const os = db.transaction(store).objectStore(store);
        look(`indexedDB ${name}/${store}`, JSON.stringify([await req(os.getAllKeys()), await req(os.getAll())]));
      }
      db.close();
    }
    // The precache holds the app's own content file, which lists every
    // answer id; what the user typed must be in no cached URL or body.
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        look(`cache URL ${request.url}`, request.url);
        const body = await (await cache.match(request)).text();
        if (body.includes(needles[0])) found.push(`cache body ${request.url}: ${needles[0]}`);
      }
    }
    look('URL', location.href);
    return found;
  }, needles);
  expect(hits).toEqual([]);
  expect(await cachedUrls(), 'no cache entry was added').toEqual(cachedBefore);
  expect(page.url()).toBe(server.url('/check'));
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(await page.evaluate(() => JSON.stringify(history.state) ?? '')).not.toContain('Zebra');
});
