// Answering a quiz question as a student does: by the answer's visible text,
// wherever the shuffle put it; and checking that the answer scored is the
// one tapped.
import { expect } from './fixtures.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one answer on screen whose whole visible text is `text`. */
export function answerWithText(page, text) {
  return page.locator('.answer').filter({ hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) });
}

/** The answers' texts in the order the screen shows them. */
export function shownAnswers(page) {
  return page.locator('.answer').evaluateAll((els) => els.map((e) => e.textContent.trim()));
}

/**
 * Answers the question on screen of a pack (`byId`: its questions by id) in
 * the page's language, by tapping the answers' texts: the key when `right`,
 * else the first wrong answer. `onMultiple` runs before a multiple-choice
 * answer is submitted. Returns the question's id and the texts tapped.
 */
export async function answerByText(page, byId, right, { onMultiple } = {}) {
  const qid = await page.locator('.question').getAttribute('data-question-id');
  const lang = await page.evaluate(() => document.documentElement.lang);
  const q = byId[qid];
  const chosen = right ? q.answers.filter((a) => a.correct) : [q.answers.find((a) => !a.correct)];
  const texts = chosen.map((a) => a.text[lang]);
  for (const text of texts) {
    const el = answerWithText(page, text);
    await expect(el, `one answer reads "${text}"`).toHaveCount(1);
    await el.click();
  }
  if (q.kind === 'multiple') {
    if (onMultiple) await onMultiple();
    await page.locator('#submit-answer').click();
  }
  return { qid, texts };
}

/**
 * The answer scored for `qid` (in its feedback or review inside `scope`) is
 * exactly the texts tapped.
 */
export async function expectScoredAnswer(scope, qid, texts) {
  const your = scope.locator(`.explained[data-question-id="${qid}"] .your-answer`);
  await expect(your).toHaveCount(1);
  // The answers' texts joined by "; " (a text may hold "; " itself): each
  // tapped text taken out once leaves only the separators.
  let rest = await your.evaluate((el) => el.textContent.slice(el.querySelector('b').textContent.length));
  const scored = rest;
  for (const text of [...texts].sort((a, b) => b.length - a.length)) {
    expect(rest, `scored answer of ${qid} holds "${text}"`).toContain(text);
    rest = rest.replace(text, '');
  }
  expect(rest.replace(/[;\s]/g, ''), `scored answer of ${qid} is "${scored}", not only the tapped ${JSON.stringify(texts)}`).toBe('');
}
