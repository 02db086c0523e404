// Safe notes (/notes): first use, unlock (wrong and right passphrase),
// notes and drafts, locking (button, hidden page, quick exit, other tabs)
// and the panic wipe. Screenshots go to $NOTES_SHOTS when set.
import { test, expect, appReady } from './fixtures.mjs';
import { PASS, unlock, VAULT_DB, openNotes, vaultCounts } from './notes-helpers.mjs';

const SHOTS = process.env.NOTES_SHOTS;
const NOTES = [
  ['Hẹn gặp luật sư', 'legal_case', 'Thứ hai, 9 giờ, văn phòng trợ giúp pháp lý'],
  ['Chị Lan', 'contacts', 'Người ở nhà tạm lánh'],
  ['Khám sức khỏe', 'health', 'Mang theo giấy hẹn'],
];

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Whether the vault's database exists (without creating it). */
function vaultDbExists(page) {
  return page.evaluate(async (name) =>
    (await indexedDB.databases()).some((d) => d.name === name), VAULT_DB);
}

async function createVault(page, pass = PASS) {
  await expect(page.locator('#notes-setup')).toBeVisible();
  await page.fill('#notes-new-pass', pass);
  await expect(page.locator('#notes-new-pass-strength')).not.toHaveText(/Quá ngắn/);
  await page.fill('#notes-confirm-pass', pass);
  await shot(page, 'setup');
  await page.click('#notes-create');
  await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#notes-persisted')).toBeVisible();
  await page.click('#notes-open');
  await expect(page.locator('#notes-list')).toBeVisible();
}

async function addNote(page, [title, category, body]) {
  await page.click('#notes-new');
  await expect(page.locator('#notes-editor')).toBeVisible();
  await page.fill('#note-title', title);
  await page.selectOption('#note-category', category);
  if (category === 'contacts') {
    await page.fill('#note-phone', '0912 345 678');
    await expect(page.locator('#note-call')).toHaveAttribute('href', 'tel:0912345678');
  }
  await page.fill('#note-body', body);
  await page.click('#note-save');
  await expect(page.locator('#notes-list')).toBeVisible();
  await expect(page.locator('.note-title', { hasText: title })).toBeVisible();
}

async function expectLocked(page) {
  await expect(page.locator('#notes-unlock')).toBeVisible();
  await expect(page.locator('.note-item')).toHaveCount(0);
  await expect(page.locator('#notes')).not.toContainText(NOTES[0][0]);
}

test('create, add three notes, reload locked, wrong then right passphrase, lock', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  for (const note of NOTES) await addNote(page, note);
  await expect(page.locator('.note-item')).toHaveCount(3);
  // Newest first.
  await expect(page.locator('.note-item .note-title').first()).toHaveText(NOTES[2][0]);
  await shot(page, 'list');

  await page.reload();
  await appReady(page);
  await expectLocked(page);
  await shot(page, 'unlock');
  const before = await vaultCounts(page);
  expect(before.vault_notes).toBe(3);

  await unlock(page, 'sai mật khẩu rồi nhé');
  await expect(page.locator('#notes-error')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#notes-error')).toContainText('Sai mật khẩu');
  await expect(page.locator('#notes-pass')).toHaveValue('');
  await expectLocked(page);
  expect((await vaultCounts(page)).vault_notes).toBe(3);
  await shot(page, 'unlock-wrong');

  await unlock(page);
  await expect(page.locator('.note-item')).toHaveCount(3, { timeout: 30_000 });

  // Search and filter work on the decrypted notes in memory.
  await page.fill('#notes-search', 'giấy hẹn');
  await expect(page.locator('.note-item')).toHaveCount(1);
  await page.fill('#notes-search', '');
  await page.selectOption('#notes-filter', 'contacts');
  await expect(page.locator('.note-item')).toHaveCount(1);
  await page.selectOption('#notes-filter', '');

  await page.locator('.note-open', { hasText: NOTES[1][0] }).click();
  await expect(page.locator('#note-title')).toHaveValue(NOTES[1][0]);
  await expect(page.locator('#note-call')).toBeVisible();
  await shot(page, 'editor');
  await page.click('#note-back');

  await page.click('#notes-lock');
  await expectLocked(page);
});

test('delete with undo, and drafts offered after unlock', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  await page.locator('.note-open').first().click();
  await page.click('#note-delete');
  await expect(page.locator('#notes-undo')).toBeVisible();
  await expect(page.locator('.note-item')).toHaveCount(0);
  await page.click('#notes-undo-btn');
  await expect(page.locator('.note-item')).toHaveCount(1);
  expect((await vaultCounts(page)).vault_notes).toBe(1);

  // An unsaved note is autosaved as an encrypted draft.
  await page.click('#notes-new');
  await page.fill('#note-title', 'Nháp chưa lưu');
  await expect(page.locator('#note-status')).toContainText('Đã lưu nháp');
  expect((await vaultCounts(page)).vault_drafts).toBe(1);
  await page.reload();
  await appReady(page);
  await unlock(page);
  await expect(page.locator('#notes-drafts')).toBeVisible({ timeout: 30_000 });
  await page.click('.draft-restore');
  await expect(page.locator('#note-title')).toHaveValue('Nháp chưa lưu');
  await page.click('#note-save');
  await expect(page.locator('.note-item')).toHaveCount(2);
  await expect(page.locator('#notes-drafts')).toHaveCount(0);
  expect((await vaultCounts(page)).vault_drafts).toBe(0);
});

test('locks after the page is hidden for 30 s, and on quick exit event', async ({ page, server }) => {
  await page.clock.install();
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(31_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectLocked(page);

  await unlock(page);
  await expect(page.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  // A short hide does not lock.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(5_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(40_000);
  await expect(page.locator('.note-item')).toHaveCount(1);

  await page.evaluate(() => window.dispatchEvent(new Event('binh-an-quick-exit')));
  await expectLocked(page);
});

test('two tabs lock together', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  const other = await page.context().newPage();
  await other.goto(server.url('/notes'));
  await appReady(other);
  await unlock(other);
  await expect(other.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await page.click('#notes-lock');
  await expectLocked(page);
  await expectLocked(other);
  await other.close();
});

test('panic wipe deletes the vault database and goes home; another open tab shows first use', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  expect(await vaultDbExists(page)).toBe(true);
  const other = await page.context().newPage();
  await other.goto(server.url('/notes'));
  await appReady(other);
  await unlock(other);
  await expect(other.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  const historyBefore = await page.evaluate(() => history.length);
  await page.click('#notes-wipe-open');
  await expect(page.locator('#notes-wipe')).toBeVisible();
  await shot(page, 'wipe');
  // Cancel first: nothing happens.
  await page.click('#notes-wipe-cancel');
  await expect(page.locator('.note-item')).toHaveCount(1);
  await page.click('#notes-wipe-open');
  await page.click('#notes-wipe-confirm');
  await expect(page).toHaveURL(server.url('/'));
  await expect(page.locator('#entry-notes')).toBeVisible();
  // The whole database is gone, not just emptied.
  expect(await vaultDbExists(page)).toBe(false);
  expect(await vaultCounts(page)).toBeNull();
  // The other tab let go of the database and shows first use, not notes.
  await expect(other.locator('#notes-setup')).toBeVisible();
  await expect(other.locator('.note-item')).toHaveCount(0);
  await other.close();
  // Replaced, not pushed: no /notes entry to go back to.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.goto(server.url('/notes'));
  await appReady(page);
  await expect(page.locator('#notes-setup')).toBeVisible();
});

/** From the list: settings, then export with the vault passphrase; returns the file's bytes. */
async function exportBackup(page, testInfo) {
  await page.click('#notes-settings-open');
  await expect(page.locator('#notes-settings')).toBeVisible();
  await shot(page, 'settings');
  await page.click('#notes-export-open');
  await expect(page.locator('#notes-export')).toBeVisible();
  // A wrong passphrase is refused before anything is made.
  await page.fill('#notes-export-pass', 'không phải mật khẩu này');
  await page.click('#notes-export-btn');
  await expect(page.locator('#notes-export-error')).toContainText('Sai mật khẩu', { timeout: 30_000 });
  await page.fill('#notes-export-pass', PASS);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.click('#notes-export-btn');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sao-luu-\d{4}-\d{2}-\d{2}\.bak$/);
  await expect(page.locator('#notes-exported')).toContainText('3');
  // A "save again" link for browsers that drop a download not following a tap.
  await expect(page.locator('#notes-export-save')).toHaveAttribute('href', /^blob:/);
  await expect(page.locator('#notes-export-save')).toHaveAttribute('download', file.suggestedFilename());
  await shot(page, 'backup-export');
  const path = testInfo.outputPath('backup.bak');
  await file.saveAs(path);
  const { readFile } = await import('node:fs/promises');
  return readFile(path);
}

/** On the import screen: choose `bytes` as the file, type `pass`, open. */
async function openBackup(page, bytes, pass) {
  await page.setInputFiles('#notes-import-file', { name: 'sao-luu.bak', mimeType: 'application/octet-stream', buffer: bytes });
  await page.fill('#notes-import-pass', pass);
  await page.click('#notes-import-open-file');
}

async function noteTexts(page) {
  const items = await page.locator('.note-item').evaluateAll((els) => els.map((e) => e.textContent));
  return items.sort();
}

test('export, then import into a fresh browser profile gives the same notes', async ({ page, server, browser }, testInfo) => {
  await openNotes(page, server);
  await createVault(page);
  for (const note of NOTES) await addNote(page, note);
  const before = await noteTexts(page);
  const bytes = await exportBackup(page, testInfo);
  // The file holds no plaintext.
  for (const [title, , body] of NOTES) {
    expect(bytes.includes(Buffer.from(title))).toBe(false);
    expect(bytes.includes(Buffer.from(body))).toBe(false);
  }
  expect(bytes.subarray(0, 9).toString()).toBe('BINHAN-BK');

  // Another profile: its own storage, its own vault with another passphrase.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  const other = await context.newPage();
  const errors = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(server.url('/notes'));
  await appReady(other);
  await createVault(other, 'một cụm mật khẩu khác hẳn');
  await other.click('#notes-settings-open');
  await other.click('#notes-import-open');
  await expect(other.locator('#notes-import')).toBeVisible();
  await openBackup(other, bytes, PASS);
  await expect(other.locator('#notes-preview')).toBeVisible({ timeout: 30_000 });
  await expect(other.locator('#notes-preview-count')).toHaveText('3');
  await expect(other.locator('#notes-plan')).toContainText('3');
  await shot(other, 'backup-import-preview');
  // Nothing is written before the confirmation.
  expect((await vaultCounts(other)).vault_notes).toBe(0);
  await other.click('#notes-import-confirm');
  await expect(other.locator('#notes-imported')).toBeVisible({ timeout: 30_000 });
  await other.click('#notes-imported-open');
  await expect(other.locator('.note-item')).toHaveCount(3);
  expect(await noteTexts(other)).toEqual(before);
  // Importing the same file again merges to the same three.
  await other.click('#notes-settings-open');
  await other.click('#notes-import-open');
  await openBackup(other, bytes, PASS);
  await expect(other.locator('#notes-plan')).toContainText('giữ nguyên: 3', { timeout: 30_000 });
  await other.click('#notes-import-confirm');
  await other.click('#notes-imported-open');
  await expect(other.locator('.note-item')).toHaveCount(3);
  expect(errors).toEqual([]);
  await context.close();
});

test('a tampered, truncated or foreign file, or a wrong passphrase, imports nothing', async ({ page, server }, testInfo) => {
  await openNotes(page, server);
  await createVault(page);
  for (const note of NOTES) await addNote(page, note);
  const bytes = await exportBackup(page, testInfo);
  await page.click('#notes-export-back');
  await page.click('#notes-import-open');
  const counts = await vaultCounts(page);
  const tries = [
    ['tampered', Buffer.from(bytes).fill(bytes[bytes.length - 40] ^ 1, bytes.length - 40, bytes.length - 39), PASS, 'Mật khẩu đúng, nhưng tệp đã bị sửa'],
    ['truncated', bytes.subarray(0, bytes.length - 10), PASS, 'thiếu phần cuối'],
    ['foreign', Buffer.from('%PDF-1.4 not a backup at all'), PASS, 'không phải là bản sao lưu'],
    ['wrong-pass', bytes, 'mật khẩu sai hoàn toàn', 'Sai mật khẩu'],
  ];
  for (const [name, file, pass, message] of tries) {
    await openBackup(page, file, pass);
    await expect(page.locator('#notes-import-error'), name).toContainText(message, { timeout: 30_000 });
    await expect(page.locator('#notes-preview')).toHaveCount(0);
    if (name === 'tampered') await shot(page, 'backup-import-tampered');
  }
  // The vault is exactly as it was.
  expect(await vaultCounts(page)).toEqual(counts);
  await page.click('#notes-import-back');
  await page.click('#notes-settings-back');
  await expect(page.locator('.note-item')).toHaveCount(3);
});

test('closing the page in the middle of a save leaves the old or the new note, never a damaged one', async ({ page, server, context }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  let current = page;
  const seen = new Set();
  for (const delay of [0, 2, 5, 10, 20, 40]) {
    await current.locator('.note-open').first().click();
    const title = `Sửa lần ${delay}`;
    await current.fill('#note-title', title);
    await current.click('#note-save', { noWaitAfter: true });
    if (delay) await current.waitForTimeout(delay);
    await current.close({ runBeforeUnload: false });
    current = await context.newPage();
    await current.goto(server.url('/notes'));
    await appReady(current);
    await unlock(current);
    await expect(current.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
    // No unreadable record, and the title is one of the two versions.
    await expect(current.locator('#notes-list .notice')).toHaveCount(0);
    const shown = (await current.locator('.note-title').first().textContent()).trim();
    const previous = seen.size ? [...seen].pop() : NOTES[0][0];
    expect([previous, title]).toContain(shown);
    seen.add(shown);
  }
});

test('settings are kept, and the passphrase can be changed', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  await page.click('#notes-settings-open');
  await page.selectOption('#notes-auto-lock', '10');
  await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
  await page.check('#notes-erase-after');
  await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
  await page.click('#notes-pass-open');
  await expect(page.locator('#notes-change')).toBeVisible();
  const NEW = 'bầu trời xanh ngắt sau cơn mưa';
  await page.fill('#notes-old-pass', 'không đúng mật khẩu cũ');
  await page.fill('#notes-change-new', NEW);
  await page.fill('#notes-change-confirm', NEW);
  await page.click('#notes-change-btn');
  await expect(page.locator('#notes-error')).toContainText('Sai mật khẩu', { timeout: 30_000 });
  await page.fill('#notes-old-pass', PASS);
  await page.fill('#notes-change-new', NEW);
  await page.fill('#notes-change-confirm', NEW);
  await shot(page, 'passphrase');
  await page.click('#notes-change-btn');
  await expect(page.locator('#notes-changed')).toBeVisible({ timeout: 30_000 });
  await page.click('#notes-lock');
  await unlock(page, PASS);
  await expect(page.locator('#notes-error')).toContainText('Sai mật khẩu', { timeout: 30_000 });
  await unlock(page, NEW);
  await expect(page.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await page.click('#notes-settings-open');
  await expect(page.locator('#notes-auto-lock')).toHaveValue('10');
  await expect(page.locator('#notes-erase-after')).toBeChecked();
});

test('a full disk: the save fails with a clear message, the text stays, saved notes are intact', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  const before = await vaultCounts(page);
  // A full disk, simulated: every IndexedDB write is refused with the
  // browser's QuotaExceededError, as Chromium does when the quota is used up.
  // This is the synchronous refusal, injected at the API. The real quota
  // error (DevTools' Storage.overrideQuotaForOrigin, which IndexedDB obeys
  // once its 30 s cache of free space expires) arrives as an abort at
  // commit instead: see notes-safety.spec.mjs.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    window.__diskFull = true;
  });
  await page.click('#notes-new');
  await page.fill('#note-title', 'Không được mất');
  await page.fill('#note-body', 'Nội dung quan trọng');
  await page.click('#note-save');
  await expect(page.locator('#notes-error')).toContainText('Bộ nhớ của điện thoại đã đầy', { timeout: 10_000 });
  // Still in the editor with everything typed.
  await expect(page.locator('#note-title')).toHaveValue('Không được mất');
  await expect(page.locator('#note-body')).toHaveValue('Nội dung quan trọng');
  expect(await vaultCounts(page)).toEqual(before);
  // Space comes back: the same save now works, and the old note was never touched.
  await page.evaluate(() => { window.__diskFull = false; });
  await page.click('#note-save');
  await expect(page.locator('#notes-list')).toBeVisible();
  await expect(page.locator('.note-item')).toHaveCount(2);
  expect((await vaultCounts(page)).vault_notes).toBe(before.vault_notes + 1);
});

test('common PINs are refused, and a PIN notebook needs its own strong backup passphrase', async ({ page, server }, testInfo) => {
  await openNotes(page, server);
  await expect(page.locator('#notes-setup')).toBeVisible();
  await page.locator('#notes-kind-pin').check();
  // The honest warning about 6-digit PINs, and a refused birthday / run of digits.
  await expect(page.locator('#notes-pin-weaker')).toContainText('1 triệu');
  for (const pin of ['123456', '01011999']) {
    await page.fill('#notes-new-pass', pin);
    await expect(page.locator('#notes-new-pass-strength')).toContainText('Quá phổ biến');
    await page.fill('#notes-confirm-pass', pin);
    await page.click('#notes-create');
    await expect(page.locator('#notes-error')).toContainText('quá phổ biến');
    // Nothing was created.
    expect((await vaultCounts(page))?.vault_meta ?? 0).toBe(0);
  }
  const pin = '90417265';
  await page.fill('#notes-new-pass', pin);
  await page.fill('#notes-confirm-pass', pin);
  await page.click('#notes-create');
  await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
  await page.click('#notes-open');
  await addNote(page, NOTES[0]);

  await page.click('#notes-settings-open');
  await page.click('#notes-export-open');
  await expect(page.locator('#notes-export-protects')).toContainText('mã PIN không đủ');
  // The notebook's PIN is not enough for a file that travels.
  await page.fill('#notes-export-pass', pin);
  await page.click('#notes-export-btn');
  await expect(page.locator('#notes-export-error')).toContainText('mật khẩu sao lưu riêng');
  await shot(page, 'backup-export-pin-refused');
  // A separate one: a common password is refused, a weak one too.
  await page.locator('#notes-export-other').check();
  for (const [weak, words] of [['matkhau123', 'quá phổ biến'], ['toilaai99', 'chưa đủ mạnh']]) {
    await page.fill('#notes-export-new', weak);
    await page.fill('#notes-export-confirm', weak);
    await page.click('#notes-export-btn');
    await expect(page.locator('#notes-export-error')).toContainText(words);
  }
  const strong = 'chim sẻ bay qua cầu tre';
  await page.fill('#notes-export-new', strong);
  await page.fill('#notes-export-confirm', strong);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.click('#notes-export-btn');
  const file = await download;
  await expect(page.locator('#notes-exported')).toContainText('1');
  const path = testInfo.outputPath('backup.bak');
  await file.saveAs(path);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  // Format 3 (the layout of format 2, with the plan inside the payload): the
  // version after the magic, and no clear note count.
  expect(bytes.subarray(0, 9).toString('latin1')).toBe('BINHAN-BK');
  expect(bytes.readUInt16BE(9)).toBe(3);
});

test('after a passphrase change, this tab keeps working with the new key and another open tab locks', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
  const other = await page.context().newPage();
  await other.goto(server.url('/notes'));
  await appReady(other);
  await unlock(other);
  await expect(other.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await page.click('#notes-settings-open');
  await page.click('#notes-pass-open');
  const NEW = 'bầu trời xanh ngắt sau cơn mưa';
  await page.fill('#notes-old-pass', PASS);
  await page.fill('#notes-change-new', NEW);
  await page.fill('#notes-change-confirm', NEW);
  await page.click('#notes-change-btn');
  await expect(page.locator('#notes-changed')).toBeVisible({ timeout: 30_000 });
  // The other tab held the old key: it locks, and opens with the new passphrase only.
  await expectLocked(other);
  await unlock(other, PASS);
  await expect(other.locator('#notes-error')).toContainText('Sai mật khẩu', { timeout: 30_000 });
  // This tab saves under the new key without unlocking again.
  await page.click('#notes-change-back');
  await page.click('#notes-settings-back');
  await addNote(page, NOTES[1]);
  await unlock(other, NEW);
  await expect(other.locator('.note-item')).toHaveCount(2, { timeout: 30_000 });
  await other.close();
});
