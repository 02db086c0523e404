// Screenshots of every safe-notes screen at 360×740 (vi, en, dark) for review,
// from the release build in dist/: setup, created, list, editor, settings,
// backup export, restore preview, passphrase change, wipe, unlock.
// Writes target/screenshots/notes-<screen>-<tag>.png.
//   node tools/screenshots-notes.mjs
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

const server = await startServer('dist', 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
mkdirSync('target/screenshots', { recursive: true });
const PASS = 'con mèo đen ngủ trên mái nhà';
const NOTES = [
  ['Hẹn gặp luật sư / Lawyer', 'legal_case', 'Thứ hai, 9 giờ, văn phòng trợ giúp pháp lý'],
  ['Chị Lan', 'contacts', 'Người ở nhà tạm lánh'],
  ['Khám sức khỏe / Check-up', 'health', 'Mang theo giấy hẹn'],
];

for (const [tag, opts, lang] of [['vi', {}, 'vi'], ['en', {}, 'en'], ['dark', { colorScheme: 'dark' }, 'vi']]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, acceptDownloads: true, ...opts });
  await context.addInitScript((l) => localStorage.setItem('binh-an.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  const shot = async (name, locator) => {
    if (locator) await page.locator(locator).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/notes-${name}-${tag}.png` });
  };
  await page.goto(`${origin}/notes`);
  await page.locator('#notes-setup').waitFor();
  await page.fill('#notes-new-pass', PASS);
  await page.fill('#notes-confirm-pass', PASS);
  await shot('setup', '#notes-new-pass');
  await page.click('#notes-create');
  await page.locator('#notes-created').waitFor({ timeout: 30_000 });
  await shot('created');
  await page.click('#notes-open');
  for (const [title, category, body] of NOTES) {
    await page.click('#notes-new');
    await page.fill('#note-title', title);
    await page.selectOption('#note-category', category);
    if (category === 'contacts') await page.fill('#note-phone', '0912 345 678');
    await page.fill('#note-body', body);
    if (category === 'contacts') await shot('editor', '#note-body');
    await page.click('#note-save');
    await page.locator('#notes-list').waitFor();
  }
  await shot('list', '#notes-items');
  await page.click('#notes-settings-open');
  await shot('settings');
  await shot('settings-more', '#notes-hide-previews');
  await page.click('#notes-export-open');
  await page.fill('#notes-export-pass', PASS);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.click('#notes-export-btn');
  const file = await download;
  const path = `target/screenshots/.backup-${tag}.bak`;
  await file.saveAs(path);
  await page.locator('#notes-exported').waitFor();
  await shot('backup-export', '#notes-exported');
  await page.click('#notes-export-back');
  await page.click('#notes-import-open');
  await page.setInputFiles('#notes-import-file', path);
  await page.fill('#notes-import-pass', PASS);
  await page.click('#notes-import-open-file');
  await page.locator('#notes-preview').waitFor({ timeout: 30_000 });
  await shot('backup-import', '#notes-preview');
  // A file asking for more than the default key-derivation cost: asked first.
  const costly = readFileSync(path);
  costly.writeUInt32BE(98_304, 11); // m_kib: KdfParams::MAX (2 × the 48 MiB default)
  costly.writeUInt32BE(4, 15); // t
  await page.setInputFiles('#notes-import-file', { name: 'sao-luu.bak', mimeType: 'application/octet-stream', buffer: costly });
  await page.fill('#notes-import-pass', PASS);
  await page.click('#notes-import-open-file');
  await page.locator('#notes-import-costly').waitFor();
  await shot('backup-import-costly', '#notes-import-costly-no');
  await page.click('#notes-import-costly-no');
  await page.click('#notes-import-back');
  await page.click('#notes-pass-open');
  await shot('passphrase');
  await page.click('#notes-change-back');
  await page.click('#notes-wipe-open');
  await shot('wipe');
  await page.click('#notes-wipe-cancel');
  await page.click('#notes-lock');
  await page.locator('#notes-unlock').waitFor();
  await page.fill('#notes-pass', 'sai mật khẩu rồi');
  await page.click('#notes-unlock-btn');
  await page.locator('#notes-error').waitFor({ timeout: 30_000 });
  await shot('unlock');
  // Erasing from the lock screen: the passphrase, or the slow path.
  await page.click('#notes-wipe-open');
  await page.locator('#notes-wipe-pass').waitFor();
  await shot('wipe-locked');
  await page.click('#notes-wipe-forgot');
  await page.fill('#notes-wipe-word', 'XÓA');
  await page.click('#notes-wipe-start');
  await shot('wipe-slow', '#notes-wipe-countdown');
  await page.click('#notes-wipe-cancel');
  await context.close();
}
await browser.close();
server.close();
console.log('screenshots in target/screenshots/notes-*.png');
