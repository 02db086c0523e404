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
const source = (id) => RISK.sources.find((s) => s.id === id);
const answerOf = (q, a) => question(q).answers.find((x) => x.id === a);

// The safe answer to every question: no flag, never "not sure".
const SAFE = Object.fromEntries(RISK.questions.map((q) => [q.id,
  (q.answers.find((a) => !a.unsure && !(a.flags || []).length) || q.answers[0]).id]));
// A job abroad through a person: a stranger online, Cambodia, the passport kept.
const HIGH_RISK = { branch: 'abroad_person', age_abroad: 'adult', who_person: 'stranger_online',
  destination: 'scam_hub', pressure: ['keep_documents'] };
const BRANCHES = ['abroad_company', 'abroad_person', 'other_province', 'near_home', 'marriage', 'study', 'organ_money'];

const SCAM_MESSAGE = '🔥 TUYỂN GẤP 10 bạn sang Campuchia làm việc nhẹ lương cao 25tr/tháng, '
  + 'bao ăn ở, bao vé máy bay, không cần bằng cấp. Đặt cọc 2 triệu giữ chỗ, <b>bold</b>\n'
  + 'xuất cảnh nhanh, không cần hộ chiếu. Đừng nói với gia đình nha. Ib Telegram!';
const SCAM_SPANS = ['TUYỂN GẤP', 'Campuchia', 'việc nhẹ lương cao', 'bao ăn ở', 'bao vé máy bay', 'không cần bằng cấp',
  'Đặt cọc', 'xuất cảnh nhanh', 'không cần hộ chiếu', 'Đừng nói với gia đình', 'Telegram'];
const SCAM_PHRASES = ['urgent_hiring', 'scam_hub_area', 'easy_high_pay', 'everything_paid', 'no_qualifications', 'deposit_fee',
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

/** Picks `choice` (an answer id, or a list for multiple choice) on the question on screen. */
async function pick(page, id, choice) {
  if (question(id).kind === 'multiple') {
    for (const a of [].concat(choice)) await page.locator(`label[for="check-option-${a}"]`).click();
    await page.locator('#check-next').click();
  } else {
    await page.locator(`.check-answer[data-answer="${choice}"]`).click();
  }
  await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
}

/**
 * Answers every question shown, with `choices[id]` or else the safe
 * answer, until the result appears. Checks that the count never grows and
 * that focus moves on the way. Returns the ids of the questions seen.
 */
async function answerAll(page, choices = {}, { from = 1, until = null } = {}) {
  const seen = [];
  const heading = page.locator('#check-question');
  const result = page.locator('#check-result');
  let total = Infinity;
  for (let i = 0; i < 30; i++) {
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) return seen;
    const id = await currentQuestion(page);
    if (id === until) return seen;
    seen.push(id);
    const count = await page.locator('#check-count').textContent();
    const m = count.match(/^(?:Câu|Question) (\d+)(?:\/(\d+))?$/);
    expect(m, count).toBeTruthy();
    expect(+m[1]).toBe(from + seen.length - 1);
    if (m[2]) {
      expect(+m[2], 'the total never grows').toBeLessThanOrEqual(total);
      expect(+m[1]).toBeLessThanOrEqual(+m[2]);
      total = +m[2];
    }
    await expect(heading, 'focus moves to the new question').toBeFocused();
    await pick(page, id, choices[id] ?? SAFE[id]);
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

/**
 * Where the verdict and the "what to do now" steps end, and the room above
 * the 111 call bar that stays on screen (the first screen's 111 button).
 */
async function firstScreen(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(() => {
    const bottom = (sel) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
    const bar = document.querySelector('.callbar').getBoundingClientRect();
    return {
      viewport: Math.min(window.innerHeight, bar.top),
      barVisible: bar.top >= 0 && bar.bottom <= window.innerHeight,
      verdict: bottom('#check-level'),
      steps: bottom('#check-steps'),
      page: document.documentElement.scrollHeight,
    };
  });
}

test('the start panel says what the check is and that nothing is kept', async ({ page, server }) => {
  await openCheck(page, server);
  await expect(page.locator('main h1')).toHaveText('Kiểm tra lời mời việc làm');
  await expect(page.locator('#check-start')).toContainText('cho bạn hoặc cho người thân');
  await expect(page.locator('#check-start')).toContainText('“Không chắc”');
  await expect(page.locator('#check-start')).toContainText('6 đến 13 câu hỏi, khoảng 3 phút');
  await expect(page.locator('#check-private')).toContainText('không lưu');
  await expect(page.locator('#check-private')).toContainText('mất hết');
  await expect(page.locator('#check-begin')).toHaveText('Bắt đầu kiểm tra');
  await expect(page.locator('#check-open-scan')).toHaveText('Dán tin nhắn tuyển dụng để quét');
  // Quick exit is still the first thing a keyboard reaches.
  await page.keyboard.press('Tab');
  await expect(page.locator('#quick-exit')).toBeFocused();
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-begin')).toHaveText('Start the check');
  await expect(page.locator('#check-start')).toContainText('6 to 13 questions, about 3 minutes');
});

test('the first screen asks the kind of offer; the count then covers the branch and never grows', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  const first = question('branch');
  await expect(page.locator('#check-question')).toHaveText(first.prompt.vi);
  await expect(page.locator('#check-question')).toBeFocused();
  // No total before the branch is known.
  await expect(page.locator('#check-count')).toHaveText('Câu 1');
  await expect(page.locator('progress#check-progress')).toHaveCount(0);
  const buttons = page.locator('.check-answer');
  await expect(buttons).toHaveText(first.answers.map((a) => a.text.vi));
  const main = await page.locator('main').boundingBox();
  for (const b of await buttons.all()) {
    const box = await b.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width, 'answers span the screen').toBeGreaterThan(main.width - 40);
  }
  await expect(page.locator('.check-leave')).toHaveAttribute('href', '/');
  const problems = await layoutProblems(page);
  expect(problems).toEqual({ small: [], overflow: expect.any(Number), inline: 0 });
  expect(problems.overflow).toBeLessThanOrEqual(0);
  // A job in another province: the count is that branch's, up front.
  await page.locator('.check-answer[data-answer="other_province"]').click();
  await expect(page.locator('#check-question')).toHaveText(question('checker').prompt.vi);
  const [, total] = (await page.locator('#check-count').textContent()).match(/^Câu 2\/(\d+)$/);
  expect(+total).toBeLessThanOrEqual(13);
  await expect(page.locator('progress#check-progress')).toHaveAttribute('max', total);
  const seen = await answerAll(page, { age: 'adult' }, { from: 2 });
  expect(seen.length + 1).toBeLessThanOrEqual(+total);
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'low');
});

// One path per branch, Vietnamese and English alternately, each with a red
// flag that fits it, the reason in its own words, and the first screen.
const PATHS = {
  abroad_company: { choices: { sender: 'not_found', fees_company: 'over_cap' }, flags: ['unlicensed_recruiter', 'fee_above_cap'] },
  abroad_person: { choices: HIGH_RISK, flags: ['document_retention', 'social_media_recruiter', 'scam_hub_destination'] },
  other_province: { choices: { age: 'age_15_17', job_kind: 'hostess', minor_away: 'alone' }, flags: ['hostess_work', 'minor_job_away'] },
  near_home: { choices: { age: 'adult', who_local: 'stranger_online', costs: 'deposit' }, flags: ['social_media_recruiter', 'fee_or_debt'] },
  marriage: { choices: { how_met: 'online_partner', visit: 'visit_trip' }, flags: ['met_online_partner', 'border_visit'] },
  study: { choices: { age: 'adult', study_offer: 'fake_official', study_money: 'prove_finances' }, flags: ['impersonation', 'money_to_help'] },
  organ_money: { choices: { age: 'adult', organ_what: 'buy_organ' }, flags: ['organ_sale'] },
};
BRANCHES.forEach((branch, i) => {
  const lang = i % 2 ? 'en' : 'vi';
  test(`branch ${branch} (${lang}): its own questions, reasons that fit it, verdict and steps on the first screen`, async ({ page, server }) => {
    await openCheck(page, server);
    if (lang === 'en') await page.locator('#lang-switch').click();
    await page.locator('#check-begin').click();
    const { choices, flags } = PATHS[branch];
    const seen = await answerAll(page, { branch, ...choices });
    expect(seen.length).toBeLessThanOrEqual(13);
    for (const q of seen) {
      const cond = (question(q).show_if || []).find((c) => c.question === 'branch');
      if (cond) expect(cond.any_of, `${q} belongs to ${branch}`).toContain(branch);
    }
    const result = page.locator('#check-result');
    await expect(result).toHaveAttribute('data-level', /^(high|very_high)$/);
    await expect(page.locator('#check-level-title')).toBeFocused();
    // The reasons are folded: "Vì sao (N)".
    const why = page.locator('#check-why');
    const n = await page.locator('#check-flags > li.flag').count();
    expect(n).toBeGreaterThanOrEqual(flags.length);
    await expect(why.locator(':scope > summary')).toHaveText(lang === 'vi' ? `Vì sao (${n})` : `Why (${n})`);
    await expect(page.locator('#check-flags')).toBeHidden();
    await why.locator(':scope > summary').click();
    for (const id of flags) {
      const item = page.locator(`.flag[data-flag="${id}"]`);
      await expect(item.locator('.flag-title')).toHaveText(flag(id).title[lang]);
      const f = flag(id);
      await expect(item.locator('.flag-why')).toHaveText(((f.why_for || {})[branch] || f.why)[lang]);
      // The answer alone, not "Bạn trả lời … cho câu …".
      if (lang === 'vi') await expect(item.locator('.flag-cause').first()).not.toContainText('cho câu');
      // Sources as publisher and date.
      await item.locator('details.sources summary').click();
      const shown = await item.locator('details.sources li').allTextContents();
      // A date the content gives in words ("không rõ ngày") reads in English on an English page.
      const date = (d) => (lang === 'en' && !/^[\d/]+$/.test(d) ? 'date not recorded' : d);
      expect(shown).toEqual(f.sources.map((s) => `${source(s).publisher}, ${date(source(s).date)}`));
      for (const s of shown) expect(s).not.toMatch(/https?:|^R\d|§/);
    }
    // No Cambodia story under a marriage offer.
    if (branch === 'marriage') await expect(page.locator('#check-flags')).not.toContainText(/Campuchia|Cambodia/);
    // What to do now: at most three steps, "stop" first, no soft advice at High.
    const steps = page.locator('#check-steps > li');
    expect(await steps.count()).toBeLessThanOrEqual(3);
    await expect(steps.first()).toHaveAttribute('data-step', 'stop_now');
    for (const soft of ['verify_job', 'check_license', 'get_contract_abroad', 'get_contract_local']) {
      await expect(page.locator(`[data-step="${soft}"]`)).toHaveCount(0);
    }
    await page.locator('#check-why > summary').click();
    const s = await firstScreen(page);
    expect(s.verdict).toBeLessThanOrEqual(s.viewport);
    expect(s.steps, 'the steps fit the first screen, above the 111 bar').toBeLessThanOrEqual(s.viewport);
    expect(s.barVisible, 'the 111 bar is on the first screen').toBe(true);
    await expect(page.locator('#call-111')).toHaveAttribute('href', 'tel:111');
    await expect(page.locator('#check-call-111')).toHaveAttribute('href', 'tel:111');
    const problems = await layoutProblems(page);
    expect(problems.small).toEqual([]);
    expect(problems.overflow).toBeLessThanOrEqual(0);
    console.log(`result page height ${branch} ${lang}: ${s.page}px; steps end at ${Math.round(s.steps)}px of ${Math.round(s.viewport)}px`);
  });
});

test('"already there and not free" leads straight to the emergency contacts', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await page.locator('.check-answer[data-answer="already_there"]').click();
  const result = page.locator('#check-result');
  await expect(result).toHaveAttribute('data-level', 'emergency');
  await expect(page.locator('#check-level-title')).toHaveText(RISK.outcomes.emergency.title.vi);
  await expect(page.locator('#check-level-title')).toBeFocused();
  await expect(page.locator('#check-steps > li')).toHaveCount(3);
  await expect(page.locator('#check-steps > li').nth(0)).toHaveAttribute('data-step', 'call_mofa');
  await expect(page.locator('#check-steps > li').nth(1)).toContainText(step('embassy').text.vi);
  // The MOFA line from the hotline data, the verified embassies, 111 for the family.
  await expect(page.locator('#check-steps li[data-step="call_mofa"] a')).toHaveAttribute('href', 'tel:+84981848484');
  const embassy = page.locator('#check-steps li[data-step="embassy"] a');
  await expect(embassy).toHaveCount(2);
  await expect(embassy.nth(0)).toHaveAttribute('href', 'tel:+959660888998');
  await expect(embassy.nth(1)).toHaveAttribute('href', 'tel:+66898966653');
  await expect(page.locator('#check-steps li[data-step="family_111"]')).toContainText('111');
  // One 111 button in the result, right after the steps (and the call bar).
  await expect(page.locator('#check-result a[href="tel:111"]')).toHaveCount(1);
  await expect(page.locator('#check-call-111')).toHaveAttribute('href', 'tel:111');
  const s = await firstScreen(page);
  expect(s.verdict).toBeLessThanOrEqual(s.viewport);
  const mofa = await page.locator('#check-steps li[data-step="call_mofa"] a').boundingBox();
  expect(mofa.y + mofa.height, 'the MOFA button is on the first screen').toBeLessThanOrEqual(s.viewport);
  expect(s.barVisible).toBe(true);
  console.log(`emergency result page height ${s.page}px; steps end at ${Math.round(s.steps)}px of ${Math.round(s.viewport)}px`);
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-level-title')).toHaveText(RISK.outcomes.emergency.title.en);
});

test('checking for someone else words every question in the third person', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await page.locator('.check-answer[data-answer="abroad_person"]').click();
  await page.locator('.check-answer[data-answer="other"]').click();
  await expect(page.locator('#check-question')).toHaveText(question('age_abroad').prompt_other.vi);
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-question')).toHaveText('How old is the person?');
  await page.locator('#lang-switch').click();
  await pick(page, 'age_abroad', 'adult');
  const seen = await answerAll(page, { pressure: ['keep_secret'] }, { from: 4 });
  expect(seen).toContain('who_person');
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'caution');
  await expect(page.locator('#check-steps li[data-step="tell_someone"]')).toHaveText(step('tell_someone').text_other.vi);
  await page.locator('#check-review summary').click();
  await expect(page.locator('#check-review .review-row[data-question="who_person"] dt')).toHaveText(question('who_person').prompt_other.vi);
});

test('"not sure" never adds danger: too much unknown is "Not enough to judge yet", with what to find out', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#lang-switch').click();
  await page.locator('#check-begin').click();
  const unsure = Object.fromEntries(RISK.questions.filter((q) => q.answers.some((a) => a.unsure)).map((q) => [q.id, q.kind === 'multiple' ? ['not_sure'] : 'not_sure']));
  await answerAll(page, { ...unsure, branch: 'abroad_company', checker: 'other', age_abroad: 'adult' });
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'not_enough');
  await expect(page.locator('#check-level-title')).toHaveText('Not enough to judge yet');
  await expect(page.locator('#check-no-flags')).toBeVisible();
  await expect(page.locator('.flag')).toHaveCount(0);
  const items = page.locator('#check-find-out > li');
  for (const id of ['sender', 'destination', 'fees_company', 'contract', 'visa']) {
    await expect(page.locator(`#check-find-out > li[data-question="${id}"]`)).toHaveText(question(id).find_out.en);
  }
  expect(await items.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('#check-steps li[data-step="check_license"]')).toBeVisible();
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-level-title')).toHaveText('Chưa đủ thông tin để đánh giá');
});

test('the lawful EPS path is rated low, and Back shows and changes the earlier choice', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await answerAll(page, { branch: 'abroad_company', age_abroad: 'adult', sender: 'eps_state', fees_company: 'bank_deposit', contract: 'before_leaving' });
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'low');
  await expect(page.locator('#check-level-title')).toHaveText(`Mức rủi ro: ${level('low').title.vi}`);
  await expect(page.locator('#check-steps li[data-step="get_contract_abroad"]')).toBeVisible();
  // From the result, back to the fee question and change the answer.
  await page.locator('#check-change').click();
  await expect(page.locator('#check-question')).toBeFocused();
  for (let i = 0; i < 20 && (await currentQuestion(page)) !== 'fees_company'; i++) {
    const id = await currentQuestion(page);
    await page.locator('#check-back').click();
    await expect(page.locator(`#check-step[data-question="${id}"]`)).toHaveCount(0);
  }
  const chosen = page.locator('.check-answer.selected');
  await expect(chosen).toHaveAttribute('data-answer', 'bank_deposit');
  await expect(chosen).toContainText('Đã chọn');
  await page.locator('.check-answer[data-answer="to_person"]').click();
  await page.locator('#check-to-result').click();
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'high');
  await page.locator('#check-why > summary').click();
  await expect(page.locator('.flag[data-flag="fee_or_debt"] .flag-why')).toHaveText(flag('fee_or_debt').why_for.abroad_company.vi);
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
  await page.locator('#entry-check').click();
  await page.locator('#check-begin').click();
  await expect(page.locator('.check-answer.selected')).toHaveCount(0);
});

test('switching language mid-check keeps the answers', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await page.locator('.check-answer[data-answer="near_home"]').click();
  await page.locator('.check-answer[data-answer="self"]').click();
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-question')).toHaveText(question('age').prompt.en);
  await expect(page.locator('#check-count')).toHaveText(/^Question 3\/\d+$/);
  await page.locator('#check-back').click();
  await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', 'self');
  await expect(page.locator('.check-answer.selected')).toContainText('Chosen');
  await page.locator('#lang-switch').click();
  await page.locator('#check-back').click();
  await expect(page.locator('.check-answer.selected')).toHaveAttribute('data-answer', 'near_home');
  await expect(page.locator('.check-answer.selected')).toContainText('Đã chọn');
});

test('multiple choice uses real checkboxes and a Next button', async ({ page, server }) => {
  await openCheck(page, server);
  await page.locator('#check-begin').click();
  await answerAll(page, { branch: 'study', age: 'adult', study_offer: 'school_direct', study_money: 'school_account' }, { until: 'pressure' });
  await expect(page.locator('#check-question')).toHaveAttribute('data-question', 'pressure');
  const boxes = page.locator('.check-option input[type="checkbox"]');
  await expect(boxes).toHaveCount(question('pressure').answers.length);
  const next = page.locator('#check-next');
  await expect(next).toBeDisabled();
  await page.getByLabel(answerOf('pressure', 'rushed').text.vi).check();
  await page.locator('label[for="check-option-bring_friend"]').click();
  await expect(next).toBeEnabled();
  await next.click();
  await expect(page.locator('#check-result')).toHaveAttribute('data-level', 'high');
  await page.locator('#check-change').click();
  await expect(page.locator('#check-option-rushed')).toBeChecked();
  await expect(page.locator('#check-option-bring_friend')).toBeChecked();
  await expect(page.locator('#check-option-none')).not.toBeChecked();
  await page.locator('#check-next').click();
  await page.locator('#check-why > summary').click();
  const item = page.locator('.flag[data-flag="bring_a_friend"]');
  await expect(item.locator('.flag-cause')).toHaveAttribute('data-answer', 'bring_friend');
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
  const answerIds = ['who_person', 'stranger_online', 'scam_hub', 'keep_documents', 'age_abroad', 'abroad_person'];
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
