// Safe notes (/notes): first use, unlock (wrong and right passphrase),
// notes and drafts, locking (button, hidden page, quick exit, other tabs)
// and the panic wipe. Screenshots go to $NOTES_SHOTS when set.
import { test, expect, appReady } from './fixtures.mjs';

const PASS = 'con mèo đen ngủ trên mái nhà';
const SHOTS = process.env.NOTES_SHOTS;
const NOTES = [
  ['Hẹn gặp luật sư', 'legal_case', 'Thứ hai, 9 giờ, văn phòng trợ giúp pháp lý'],
  ['Chị Lan', 'contacts', 'Người ở nhà tạm lánh'],
  ['Khám sức khỏe', 'health', 'Mang theo giấy hẹn'],
];

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function openNotes(page, server) {
  await page.goto(server.url('/notes'));
  await appReady(page);
}

/** Counts the records in each vault store. */
function vaultCounts(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('binh-an');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const names = ['vault_meta', 'vault_notes', 'vault_drafts'];
      const tx = db.transaction(names, 'readonly');
      const out = {};
      for (const n of names) {
        const r = tx.objectStore(n).count();
        r.onsuccess = () => { out[n] = r.result; };
      }
      tx.oncomplete = () => { db.close(); resolve(out); };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

async function createVault(page) {
  await expect(page.locator('#notes-setup')).toBeVisible();
  await page.fill('#notes-new-pass', PASS);
  await expect(page.locator('#notes-strength')).not.toHaveText(/Quá ngắn/);
  await page.fill('#notes-confirm-pass', PASS);
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

async function unlock(page, pass = PASS) {
  await expect(page.locator('#notes-unlock')).toBeVisible();
  await page.fill('#notes-pass', pass);
  await page.click('#notes-unlock-btn');
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

test('panic wipe empties the vault stores and goes home', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page, NOTES[0]);
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
  expect(await vaultCounts(page)).toEqual({ vault_meta: 0, vault_notes: 0, vault_drafts: 0 });
  // Replaced, not pushed: no /notes entry to go back to.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.goto(server.url('/notes'));
  await appReady(page);
  await expect(page.locator('#notes-setup')).toBeVisible();
});
