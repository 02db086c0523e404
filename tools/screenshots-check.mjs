// Screenshots of the offer check at 360×740 (vi, en, dark): the start, the
// first question, a question for someone else, "who made the offer", and
// every outcome, from the release build in dist/. Writes
// target/screenshots/check-*.png and prints each result's page height.
//   node tools/screenshots-check.mjs
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

const RISK = JSON.parse(readFileSync(new URL('../content/risk-check.json', import.meta.url), 'utf8'));
const SAFE = Object.fromEntries(RISK.questions.map((q) => [q.id,
  (q.answers.find((a) => !a.unsure && !(a.flags || []).length) || q.answers[0]).id]));
const KIND = Object.fromEntries(RISK.questions.map((q) => [q.id, q.kind]));
const PATHS = {
  low: { branch: 'abroad_company', age_abroad: 'adult', sender: 'eps_state', fees_company: 'bank_deposit' },
  caution: { branch: 'near_home', age: 'adult', who_local: 'stranger_online' },
  not_enough: Object.assign({ branch: 'abroad_company', checker: 'other', age_abroad: 'adult' },
    Object.fromEntries(RISK.questions.filter((q) => q.answers.some((a) => a.unsure)).map((q) => [q.id, 'not_sure']))),
  high: { branch: 'near_home', age: 'adult', who_local: 'stranger_online', costs: 'deposit' },
  very_high: { branch: 'abroad_person', age_abroad: 'adult', who_person: 'stranger_online', destination: 'scam_hub', route: 'trails', pay: 'far_higher' },
  minor_vague: { branch: 'near_home', checker: 'other', age: 'age_15_17', job_kind: 'vague' },
  marriage: { branch: 'marriage', age_abroad: 'under_18', how_met: 'broker', marriage_money: 'yes' },
  emergency: { branch: 'already_there' },
};

const server = await startServer('dist', 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
mkdirSync('target/screenshots', { recursive: true });

async function answer(page, choices, stopAt) {
  for (let i = 0; i < 30; i++) {
    const q = page.locator('#check-question');
    const r = page.locator('#check-result');
    await q.or(r).first().waitFor();
    if (await r.count()) return;
    const id = await q.getAttribute('data-question');
    if (id === stopAt) return;
    const a = choices[id] ?? SAFE[id];
    if (KIND[id] === 'multiple') {
      await page.locator(`label[for="check-option-${a}"]`).click();
      await page.locator('#check-next').click();
    } else {
      await page.locator(`.check-answer[data-answer="${a}"]`).click();
    }
    await page.locator(`#check-step[data-question="${id}"]`).waitFor({ state: 'detached' });
  }
}

for (const [tag, opts, lang] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi']]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...opts });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  const start = async () => {
    await page.goto(`${origin}/check`);
    await page.locator('.feature-root #check-begin').waitFor();
  };
  await start();
  await page.screenshot({ path: `target/screenshots/check-start-${tag}.png` });
  await page.locator('#check-begin').click();
  await page.locator('#check-question').waitFor();
  await page.screenshot({ path: `target/screenshots/check-branch-${tag}.png` });
  await answer(page, PATHS.not_enough, 'sender');
  await page.screenshot({ path: `target/screenshots/check-other-${tag}.png` });
  await answer(page, PATHS.not_enough, 'pressure');
  await page.screenshot({ path: `target/screenshots/check-multiple-${tag}.png` });
  // "Who made the offer", with its answer for a stranger met in person.
  await start();
  await page.locator('#check-begin').click();
  await answer(page, PATHS.caution, 'who_local');
  await page.screenshot({ path: `target/screenshots/check-who-${tag}.png`, fullPage: true });
  for (const [name, choices] of Object.entries(PATHS)) {
    await start();
    await page.locator('#check-begin').click();
    await answer(page, choices);
    await page.locator('#check-result').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `target/screenshots/check-result-${name}-${tag}.png` });
    const h = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      call: Math.round(document.getElementById('check-steps').getBoundingClientRect().bottom),
      bar: Math.round(document.querySelector('.callbar').getBoundingClientRect().top),
    }));
    if (name === 'minor_vague') {
      // The reasons, unfolded, for a look at the whole page.
      await page.locator('#check-result details').first().evaluate((d) => { d.open = true; });
      await page.screenshot({ path: `target/screenshots/check-result-${name}-full-${tag}.png`, fullPage: true });
    }
    console.log(`${tag} ${name}: page ${h.page}px, steps end at ${h.call}px, 111 bar starts at ${h.bar}px`);
  }
  await context.close();
}
await browser.close();
server.close();
console.log('screenshots in target/screenshots/');
