// The scan of a recruiter's message (/check → "Paste a message"): real lure
// texts quoted by the news and police light up, every result ends with a
// one-line verdict and the call to 111, a text with nothing recognised says
// so first (and that this is no sign of safety), then offers the full check.
// Vietnamese and English, axe on every result, dark mode.
import { test, expect, appReady, useLang } from './fixtures.mjs';
import { auditor } from './a11y.mjs';
import { readFileSync } from 'node:fs';

const PHRASES = JSON.parse(readFileSync(new URL('../../content/scan-phrases.json', import.meta.url), 'utf8'));
const LURES = JSON.parse(readFileSync(new URL('../fixtures/scan-lures.json', import.meta.url), 'utf8'));
const HONEST = JSON.parse(readFileSync(new URL('../fixtures/scan-honest.json', import.meta.url), 'utf8'));
const phrase = (id) => PHRASES.phrases.find((p) => p.id === id);
const lure = (id) => LURES.find((t) => t.id === id).text;

// Công an TP.HCM's list of what the Cambodia lures say (Thanh Niên, 14/9/2025).
const POLICE_LURE = lure('lure-hcmc-police-cambodia-ad-phrases');
const POLICE_SPANS = ['việc nhẹ, lương cao', 'không cần bằng cấp', 'làm văn phòng, thu nhập vài chục triệu',
  'xuất cảnh nhanh', 'không cần thủ tục'];
// A kidney buyer's advert, typed without diacritics.
const KIDNEY_PLAIN = 'Can mua than bang moi gia tu mot nguoi dan ong khoe manh, nhom mau O. Lien he 098...';
// An English lure quoted by VnExpress International (1/9/2022).
const EN_LURE = lure('lure-en-cambodia-no-degree-20-30m');
// A state notice: no fee of any kind, so nothing to flag.
const STATE_NOTICE = HONEST.find((t) => t.id === 'honest-im-japan-no-broker-fee').text;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** What the app shows for a source: publisher and date, never the address. */
function sourceLabel(s, lang) {
  if (!s.date) return s.publisher;
  const [y, m, d] = s.date.split('-').map(Number);
  const date = lang === 'vi'
    ? [d, m, y].filter(Boolean).join('/')
    : [d, m && MONTHS[m - 1], y].filter(Boolean).join(' ');
  return `${s.publisher}, ${date}`;
}

async function scan(page, server, text) {
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('#check-open-scan').click();
  await page.locator('#scan-text').fill(text);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-result h2')).toBeFocused();
}

/** The ids of the result's parts, in page order. */
const order = (page) => page.locator('#scan-result > *').evaluateAll((els) => els.map((e) => e.id || e.tagName));

for (const scheme of ['light', 'dark']) {
  test.describe(`scan (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test('a real lure lights up, and the result ends with a verdict and 111 (vi)', async ({ page, server }, testInfo) => {
      const a = auditor(page, testInfo);
      await scan(page, server, POLICE_LURE);
      const marks = page.locator('#scan-highlighted mark.scan-mark');
      await expect(marks).toHaveText(POLICE_SPANS);
      await expect(page.locator('#scan-count')).toContainText(String(POLICE_SPANS.length));
      // The verdict and the call come last, after the reasons.
      expect((await order(page)).slice(-4)).toEqual(['scan-reasons', 'P', 'scan-full-check', 'scan-verdict']);
      const verdict = page.locator('#scan-verdict');
      await expect(verdict).toHaveAttribute('data-verdict', 'lure');
      await expect(verdict.locator('p')).toHaveText(/^Kết luận: Tin này có dấu hiệu của một cái bẫy\./);
      const call = page.locator('#scan-call-111');
      await expect(call).toHaveAttribute('href', 'tel:111');
      await expect(call).toContainText('Gọi 111');
      await call.scrollIntoViewIfNeeded();
      await expect(call).toBeInViewport();
      // Sources: publisher and date, no address, no internal id.
      const first = page.locator('#scan-reason-1');
      const id = await first.getAttribute('data-phrase');
      await first.locator('details.sources summary').click();
      await expect(first.locator('details.sources li')).toHaveText(phrase(id).sources.map((s) => sourceLabel(s, 'vi')));
      await expect(page.locator('#scan-reasons')).not.toContainText('http');
      await expect(page.locator('#scan-reasons')).not.toContainText(/\bR\d+\b/);
      await a.check(`scan lure vi ${scheme}`);
      await page.screenshot({ path: testInfo.outputPath(`scan-lure-vi-${scheme}.png`), fullPage: true });
      await a.assertClean();
    });

    test('nothing recognised: says so first, not a sign of safety, then the full check (en)', async ({ page, server }, testInfo) => {
      await useLang(page, 'en');
      const a = auditor(page, testInfo);
      await scan(page, server, STATE_NOTICE);
      await expect(page.locator('mark')).toHaveCount(0);
      const none = page.locator('#scan-none');
      await expect(none).toHaveText(/^The phone did not recognise any warning phrase in this message\. That does not mean the offer is safe/);
      // Straight under the heading: the first thing read after it.
      expect(await order(page)).toEqual(['H2', 'scan-none', 'scan-full-check', 'scan-verdict']);
      await expect(page.locator('#scan-full-check')).toHaveText('Take the full check');
      await expect(page.locator('#scan-verdict')).toHaveAttribute('data-verdict', 'none');
      await expect(page.locator('#scan-verdict p')).toHaveText('Verdict: Not enough to call this offer safe. If you are worried, call 111.');
      await expect(page.locator('#scan-call-111')).toHaveAttribute('href', 'tel:111');
      await a.check(`scan nothing en ${scheme}`);
      await page.screenshot({ path: testInfo.outputPath(`scan-none-en-${scheme}.png`), fullPage: true });
      await a.assertClean();
      await page.locator('#scan-full-check').click();
      await expect(page.locator('#check-question')).toBeVisible();
    });
  });
}

test('an English lure and a kidney advert without diacritics light up (en)', async ({ page, server }, testInfo) => {
  await useLang(page, 'en');
  const a = auditor(page, testInfo);
  await scan(page, server, EN_LURE);
  await expect(page.locator('#scan-highlighted mark')).toHaveText(
    ['No experience or degree required', 'Company-covered accommodation']);
  await expect(page.locator('#scan-verdict p')).toHaveText(/^Verdict: This message has the signs of a trap\./);
  await expect(page.locator('#scan-reason-1 .scan-why')).toHaveText(phrase('no_qualifications').reason.en);
  await expect(page.locator('#scan-call-111')).toHaveAttribute('href', 'tel:111');
  await a.check('scan lure en');
  await page.screenshot({ path: testInfo.outputPath('scan-lure-en.png'), fullPage: true });
  // One serious sign alone gives the strongest verdict.
  await page.locator('#scan-text').fill(KIDNEY_PLAIN);
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-highlighted mark')).toHaveText(['mua than', 'nhom mau O']);
  await expect(page.locator('#scan-verdict')).toHaveAttribute('data-verdict', 'lure');
  // One ordinary sign: a milder verdict, still with 111.
  await page.locator('#scan-text').fill('Lương cao, liên hệ quán.');
  await page.locator('#scan-run').click();
  await expect(page.locator('#scan-highlighted mark')).toHaveText(['Lương cao']);
  await expect(page.locator('#scan-verdict')).toHaveAttribute('data-verdict', 'one');
  await expect(page.locator('#scan-verdict p')).toHaveText(/^Verdict: There is a warning sign\./);
  await expect(page.locator('#scan-call-111')).toBeVisible();
  await a.check('scan one sign en');
  await a.assertClean();
});
