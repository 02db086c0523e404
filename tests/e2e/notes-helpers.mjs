// Shared by the notes specs: the test passphrase, opening /notes, creating
// a notebook, and counting what the vault's database holds.
import { expect, appReady } from './fixtures.mjs';

export const PASS = 'con mèo đen ngủ trên mái nhà';
export const VAULT_DB = 'binh-an-vault';

export async function openNotes(page, server) {
  await page.goto(server.url('/notes'));
  await appReady(page);
}

/** Types `pass` on the lock screen and taps unlock (the caller waits for what follows). */
export async function unlock(page, pass = PASS) {
  await expect(page.locator('#notes-unlock')).toBeVisible();
  await page.fill('#notes-pass', pass);
  await page.click('#notes-unlock-btn');
}

/** Creates a notebook with PASS from the set-up screen and opens its list. */
export async function createVault(page) {
  await expect(page.locator('#notes-setup')).toBeVisible();
  await page.fill('#notes-new-pass', PASS);
  await page.fill('#notes-confirm-pass', PASS);
  await page.click('#notes-create');
  await expect(page.locator('#notes-created')).toBeVisible({ timeout: 30_000 });
  await page.click('#notes-open');
  await expect(page.locator('#notes-list')).toBeVisible();
}

/** Counts the records in each of `names` (the notes' three stores by default; null when there is no vault database). */
export function vaultCounts(page, names = ['vault_meta', 'vault_notes', 'vault_drafts']) {
  return page.evaluate(([name, names]) => new Promise(async (resolve, reject) => {
    // Opening a missing database would create it: look first.
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return resolve(null);
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(names, 'readonly');
      const out = {};
      for (const n of names) {
        const r = tx.objectStore(n).count();
        r.onsuccess = () => { out[n] = r.result; };
      }
      tx.oncomplete = () => { db.close(); resolve(out); };
      tx.onerror = () => reject(tx.error);
    };
  }), [VAULT_DB, names]);
}
