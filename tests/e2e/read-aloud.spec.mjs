// Read aloud: shown only when the phone has a local voice for the screen's
// language, and it speaks the question with its answers (or the result) in
// that language. Headless Chromium has no voices, so one test stubs the Web
// Speech API with a single Vietnamese voice.
import { test, expect, appReady } from './fixtures.mjs';

/** A speech synthesis with one local Vietnamese voice that records what it is asked to say. */
function stubSpeech() {
  class FakeVoice {
    constructor(lang) { this.lang = lang; this.name = `voice ${lang}`; this.localService = true; this.default = true; this.voiceURI = lang; }
  }
  class FakeUtterance {
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
  }
  const voices = [new FakeVoice('vi-VN')];
  const spoken = [];
  window.__spoken = spoken;
  window.SpeechSynthesisVoice = FakeVoice;
  window.SpeechSynthesisUtterance = FakeUtterance;
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      speak: (u) => { spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }); setTimeout(() => u.onend && u.onend(), 300); },
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
}

async function firstQuestion(page, server) {
  await page.goto(server.url('/check'));
  await appReady(page);
  await page.locator('#check-begin').click();
  await expect(page.locator('#check-question')).toBeVisible();
}

test('without a voice for the language there is no read-aloud button', async ({ page, server }) => {
  await firstQuestion(page, server);
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});

test('with a Vietnamese voice the question and its answers are read in Vietnamese', async ({ page, server }) => {
  await page.addInitScript(stubSpeech);
  await firstQuestion(page, server);
  const button = page.locator('.read-aloud');
  await expect(button).toHaveText(/Đọc to/);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toHaveText(/Dừng đọc/);
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe('vi-VN');
  expect(spoken[0].voice).toBe('vi-VN');
  const prompt = (await page.locator('#check-question').textContent()).trim();
  expect(spoken[0].text.startsWith(prompt)).toBe(true);
  const firstAnswer = (await page.locator('#check-step .check-answer-text').first().textContent()).trim();
  expect(spoken[0].text).toContain(firstAnswer);
  // When the voice finishes, the button can start again.
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // In English there is no English voice here: the button goes away.
  await page.locator('#lang-switch').click();
  await expect(page.locator('#check-question')).not.toHaveText(prompt);
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});
