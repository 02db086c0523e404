// Coming home (issue 13), at 360×740 in Vietnamese and English: the support
// guide read without a notebook; "My plan" (three support items marked, a
// person with a call button), an appointment note from its template, lock
// and unlock, search; a copy for a lawyer of two chosen items printed to PDF
// (Playwright's page.pdf, read back with pdftotext) holding exactly those;
// the wipe removing everything. Screenshots go to $NOTES_SHOTS when set.
import { test, expect, appReady, NEUTRAL_PREFIX, useLang } from './fixtures.mjs';
import { PASS, unlock, openNotes, createVault, vaultCounts } from './notes-helpers.mjs';
import { auditor } from './a11y.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GUIDE = JSON.parse(readFileSync(new URL('../../content/support-guide.json', import.meta.url), 'utf8'));
const ITEMS = GUIDE.sections.flatMap((s) => s.items);
const PLAN_STORES = ['vault_meta', 'vault_notes', 'vault_drafts', 'vault_plan'];

const WORDS = {
  vi: { asked: 'Đã hỏi', received: 'Đã nhận', person: 'Nguyễn Thị Phương Thảo', role: 'Luật sư trợ giúp pháp lý' },
  en: { asked: 'Asked', received: 'Received', person: 'Tran Minh Chau', role: 'Legal aid lawyer' },
};

async function shot(page, name) {
  if (!process.env.NOTES_SHOTS) return;
  await page.screenshot({ path: `${process.env.NOTES_SHOTS}/home-${name}.png`, fullPage: !!process.env.FULL_PAGE });
}

/** pdftotext of a PDF (Buffer), layout kept, as one string. */
function pdfText(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'binh-an-copy-'));
  const file = join(dir, 'copy.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Collapses whitespace (pdftotext breaks lines where the page did). */
const flat = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * What a new screen must hold at any text size, at the top and scrolled to
 * the bottom: every control at least 44×44 px (a checkbox counts with its
 * label's row), nothing wider than the screen, quick exit on screen and on
 * top. Returns a list of problems.
 */
async function layoutProblems(page) {
  const out = [];
  for (const where of ['top', 'bottom']) {
    const found = await page.evaluate(async (where) => {
      window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const bad = [];
      const shown = (el) => {
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0;
      };
      const name = (el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''} class="${el.className}"> "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
      for (const el of document.querySelectorAll('#notes button, #notes a[href], #notes select, #notes input, #notes textarea, #quick-exit')) {
        if (!shown(el)) continue;
        const box = el.type === 'checkbox' || el.type === 'radio' ? el.closest('div, li, label') || el : el;
        const r = box.getBoundingClientRect();
        if (r.height < 44 || r.width < 44) bad.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
        if (r.right > window.innerWidth + 1 || r.left < -1) bad.push(`${name(el)} is cut off at the side`);
      }
      // Nothing of the screen reaches past its right edge (cut off or scrolled to).
      for (const el of document.querySelectorAll('body *')) {
        if (!shown(el) || el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1) { bad.push(`${name(el)} ends at ${Math.round(r.right)} px of ${window.innerWidth}`); break; }
      }
      const over = document.documentElement.scrollWidth - window.innerWidth;
      if (over > 0) bad.push(`the page scrolls ${over} px sideways`);
      const qe = document.getElementById('quick-exit');
      if (!qe || !shown(qe)) bad.push('quick exit is not shown');
      else {
        const r = qe.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight) bad.push('quick exit is off screen');
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !qe.contains(hit)) bad.push(`quick exit is covered by ${hit ? name(hit) : 'nothing'}`);
      }
      return bad;
    }, where);
    out.push(...found.map((p) => `${where}: ${p}`));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return out;
}

async function expectLayout(page, label) {
  expect(await layoutProblems(page), label).toEqual([]);
}

/** Quick exit, tapped, leaves the app for the neutral page; "Back" does not return into it. */
async function quickExit(page, server) {
  await page.locator('#quick-exit').click();
  await expect(page).toHaveURL(new RegExp(`^${NEUTRAL_PREFIX.replace(/[.?]/g, '\\$&')}`));
  await page.goBack().catch(() => {});
  expect(page.url().startsWith(server.origin)).toBe(false);
}

async function unlockToList(page) {
  await unlock(page);
  await expect(page.locator('#notes-list')).toBeVisible({ timeout: 30_000 });
}

for (const lang of ['vi', 'en']) {
  test.describe(`coming home (${lang})`, () => {
    test.beforeEach(async ({ page }) => { await useLang(page, lang); });

    test('the support guide reads without a notebook and stores nothing', async ({ page, server }, testInfo) => {
      const a = auditor(page, testInfo);
      await openNotes(page, server);
      await expect(page.locator('#notes-setup')).toBeVisible();
      const storedBefore = await page.evaluate(() => ({ ...localStorage }));
      await page.click('#guide-open');
      await expect(page.locator('#guide')).toBeVisible();
      await expect(page.locator('#guide-title')).toHaveText(GUIDE.title[lang]);
      await expect(page.locator('#guide-title')).toBeFocused();
      // Every item, with its article and its sources as publisher and date.
      await expect(page.locator('.guide-item')).toHaveCount(ITEMS.length);
      for (const item of ITEMS) {
        const el = page.locator(`#guide-item-${item.id}`);
        await expect(el.locator('h4')).toHaveText(item.title[lang]);
        await expect(el.locator('.guide-cite')).toContainText(item.article[lang]);
        for (const s of item.sources) {
          await expect(el.locator('.guide-cite')).toContainText(s.publisher[lang]);
          if (s.date) await expect(el.locator('.guide-cite')).toContainText(s.date);
        }
      }
      await shot(page, `guide-${lang}`);
      await a.check('guide');
      // Nothing was stored: no vault record, no new key in localStorage.
      const counts = await vaultCounts(page);
      if (counts) expect(Object.values(counts).every((n) => n === 0)).toBe(true);
      expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(storedBefore);
      await page.click('#guide-back');
      await expect(page.locator('#notes-setup')).toBeVisible();
      await a.assertClean();
    });

    test('plan, person, appointment, lock and unlock, search, lawyer\'s copy as PDF, wipe', async ({ page, server }, testInfo) => {
      test.setTimeout(120_000);
      const w = WORDS[lang];
      const a = auditor(page, testInfo);
      await openNotes(page, server);
      await createVault(page);

      // A note from the appointment template, and one that is not chosen later.
      await page.click('#notes-new');
      await page.selectOption('#note-template', 'appointment');
      await expect(page.locator('#note-template-fields')).toBeVisible();
      await page.fill('#note-title', 'Phiên tòa sơ thẩm');
      await page.fill('#note-tpl-0', '2026-12-09');
      await page.fill('#note-tpl-0-time', '08:30');
      await page.fill('#note-tpl-1', 'Tòa án tỉnh Lạng Sơn phòng 3');
      await page.fill('#note-tpl-2', 'Thẩm phán Quyết');
      await page.fill('#note-tpl-3', 'Giấy khai sinh bản sao');
      await shot(page, `template-${lang}`);
      await a.check('appointment template');
      await page.click('#note-save');
      await expect(page.locator('#notes-list')).toBeVisible();
      await page.click('#notes-new');
      await page.fill('#note-title', 'Chuyện riêng không đưa ai');
      await page.fill('#note-body', 'Điều này chỉ mình tôi biết');
      await page.click('#note-save');
      await expect(page.locator('.note-item')).toHaveCount(2);

      // My plan: three items marked, saved at once, sealed.
      await page.click('#plan-open');
      await expect(page.locator('#plan')).toBeVisible();
      await expect(page.locator('#plan-support .plan-item')).toHaveCount(ITEMS.filter((i) => i.plan).length);
      await page.selectOption('#plan-s-psychological', 'asked');
      await page.selectOption('#plan-s-medical', 'received');
      await page.selectOption('#plan-p-id-card', 'asked');
      await expect.poll(async () => (await vaultCounts(page, PLAN_STORES))?.vault_plan).toBe(3);
      await expect(page.locator('#plan-s-medical-d')).toHaveText(w.received);
      // A person who helps, with a call button.
      await page.click('#plan-add-person');
      await expect(page.locator('#plan-editor')).toBeVisible();
      await page.fill('#plan-name', w.person);
      await page.fill('#plan-role', w.role);
      await page.fill('#plan-phone', '0977 111 333');
      await expect(page.locator('#plan-call')).toHaveAttribute('href', 'tel:0977111333');
      await shot(page, `plan-person-${lang}`);
      await a.check('plan person');
      await page.click('#plan-save');
      await expect(page.locator('#plan')).toBeVisible();
      const person = page.locator('#plan-people .plan-entry');
      await expect(person).toHaveCount(1);
      await expect(person).toContainText(w.person);
      await expect(person.locator('.plan-call')).toHaveAttribute('href', 'tel:0977111333');
      // Details of a support item: date and who.
      await page.locator('#plan-s-psychological').locator('..').locator('.plan-details').click();
      await page.fill('#plan-date', '2026-11-30');
      await page.fill('#plan-who', 'Chị Hà, Hội Phụ nữ xã');
      await shot(page, `plan-edit-${lang}`);
      await a.check('plan entry details');
      await page.click('#plan-save');
      await expect(page.locator('#plan')).toBeVisible();
      await shot(page, `plan-${lang}`);
      await a.check('plan');
      expect(await vaultCounts(page, PLAN_STORES)).toMatchObject({ vault_notes: 2, vault_drafts: 0, vault_plan: 4 });

      // Lock and unlock: all of it comes back.
      await page.click('#notes-lock');
      await expect(page.locator('#notes-unlock')).toBeVisible();
      await expect(page.locator('#notes')).not.toContainText(w.person);
      await page.fill('#notes-pass', PASS);
      await page.click('#notes-unlock-btn');
      await expect(page.locator('#notes-list')).toBeVisible({ timeout: 30_000 });
      await page.click('#plan-open');
      await expect(page.locator('#plan-s-psychological')).toHaveValue('asked');
      await expect(page.locator('#plan-s-medical')).toHaveValue('received');
      await expect(page.locator('#plan-p-id-card')).toHaveValue('asked');
      await expect(page.locator('#plan-s-legal-aid')).toHaveValue('not_asked');
      await expect(page.locator('#plan-s-psychological-d')).toContainText('Chị Hà, Hội Phụ nữ xã');

      // Search the plan (accents optional) and the notes (template fields).
      await page.fill('#plan-search', lang === 'vi' ? 'phuong thao' : 'minh chau');
      await expect(page.locator('.plan-item')).toHaveCount(1);
      await expect(page.locator('.plan-item')).toContainText(w.person);
      await page.fill('#plan-search', 'hoi phu nu');
      await expect(page.locator('.plan-item')).toHaveCount(1);
      await expect(page.locator('#plan-s-psychological')).toBeVisible();
      await page.fill('#plan-search', 'không có gì như thế này');
      await expect(page.locator('#plan-none')).toBeVisible();
      await page.fill('#plan-search', '');
      await page.click('#plan-back');
      await page.fill('#notes-search', 'lang son');
      await expect(page.locator('.note-item')).toHaveCount(1);
      await expect(page.locator('.note-item')).toContainText('Phiên tòa sơ thẩm');
      await page.fill('#notes-search', '');

      // A copy of two chosen items: the appointment and the person.
      await page.click('#plan-open');
      await page.click('#copy-open');
      await expect(page.locator('#notes-copy')).toBeVisible();
      await expect(page.locator('#copy-print')).toBeDisabled();
      await page.locator('#copy-notes label', { hasText: 'Phiên tòa sơ thẩm' }).click();
      await page.locator('#copy-plan label', { hasText: w.person }).click();
      const preview = page.locator('#copy-preview');
      await expect(preview.locator('.copy-item')).toHaveCount(2);
      await expect(preview).toContainText('Tòa án tỉnh Lạng Sơn phòng 3');
      await expect(preview).toContainText('09/12/2026 08:30');
      await expect(preview).toContainText(w.person);
      await expect(preview).not.toContainText('Chuyện riêng');
      await a.check('copy with preview');
      await page.click('#copy-print');
      await expect(page.locator('#copy-confirm')).toBeVisible();
      await expect(page.locator('#copy-confirm')).toContainText(lang === 'vi' ? 'không được bảo vệ' : 'not protected');
      await expect(page.locator('#copy-warning')).toHaveCount(0);
      await shot(page, `copy-${lang}`);
      await a.check('copy, warning before printing');
      // The browser's print dialog is the user's; here, count that it was asked for.
      await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
      await page.click('#copy-print-now');
      expect(await page.evaluate(() => window.__printed)).toBe(1);
      // What printing gives: the print stylesheet's PDF holds exactly the two items.
      const text = flat(pdfText(await page.pdf({ width: '360px', height: '740px', printBackground: true })));
      for (const expected of ['Phiên tòa sơ thẩm', '09/12/2026 08:30', 'Tòa án tỉnh Lạng Sơn phòng 3', 'Thẩm phán Quyết', 'Giấy khai sinh bản sao', w.person, w.role, '0977 111 333']) {
        expect(text, expected).toContain(expected);
      }
      const notChosen = ['Chuyện riêng', 'Điều này chỉ mình tôi biết', 'Chị Hà', ITEMS.find((i) => i.id === 'medical').title[lang],
        ITEMS.find((i) => i.id === 'psychological').title[lang], lang === 'vi' ? 'Thoát nhanh' : 'Quick exit',
        lang === 'vi' ? 'Căn cước' : 'ID card'];
      for (const absent of notChosen) expect(text, absent).not.toContain(absent);
      await page.click('#copy-back');
      await expect(page.locator('#plan')).toBeVisible();

      // The wipe removes everything, the plan too: the database is gone.
      await page.click('#plan-back');
      await page.click('#notes-wipe-open');
      await page.click('#notes-wipe-confirm');
      await expect(page).toHaveURL(server.url('/'));
      expect(await vaultCounts(page)).toBeNull();
      await page.goto(server.url('/notes'));
      await appReady(page);
      await expect(page.locator('#notes-setup')).toBeVisible();
      await a.assertClean();
    });
  });
}

test('dark mode screens of the guide and the plan pass axe', async ({ page, server }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const a = auditor(page, testInfo);
  await openNotes(page, server);
  await page.click('#guide-open');
  await expect(page.locator('#guide-title')).toBeVisible();
  await shot(page, 'guide-dark');
  await a.check('guide, dark');
  await page.click('#guide-back');
  await createVault(page);
  await page.click('#notes-new');
  await page.selectOption('#note-template', 'event');
  await page.fill('#note-tpl-0', '2025-03-01');
  await page.fill('#note-tpl-1', 'Mộc Bài');
  await shot(page, 'template-dark');
  await a.check('timeline event template, dark');
  await page.click('#note-save');
  await page.click('#plan-open');
  await page.click('#plan-add-person');
  await page.fill('#plan-name', 'Chị Lan');
  await page.fill('#plan-phone', '0912 345 678');
  await shot(page, 'plan-person-dark');
  await a.check('plan person, dark');
  await page.click('#plan-save');
  await page.selectOption('#plan-s-travel', 'received');
  await expect(page.locator('#plan-s-travel-d')).not.toBeEmpty();
  await page.locator('#plan-s-travel').locator('..').locator('.plan-details').click();
  await page.fill('#plan-date', '2026-11-30');
  await page.fill('#plan-who', 'Trạm y tế xã');
  await shot(page, 'plan-edit-dark');
  await a.check('plan entry details, dark');
  await page.click('#plan-save');
  await expect(page.locator('#plan')).toBeVisible();
  await shot(page, 'plan-dark');
  await a.check('plan, dark');
  await page.click('#copy-open');
  await page.locator('#copy-plan label').first().click();
  await page.click('#copy-print');
  await shot(page, 'copy-dark');
  await a.check('copy, dark');
  await a.assertClean();
});

test('a copy lists timeline notes by the day of the event, not the day written (preview and PDF)', async ({ page, server }) => {
  test.setTimeout(90_000);
  await openNotes(page, server);
  await createVault(page);
  // Written in this order; the events happened in another.
  const written = [
    ['Sự việc ở Mộc Bài', 'event', '2026-01-15'],
    ['Ngày bị đưa đi', 'event', '2025-03-01'],
    ['Hẹn công an xã', 'appointment', '2025-11-02T09:00'],
  ];
  for (const [title, template, day] of written) {
    await page.click('#notes-new');
    await page.selectOption('#note-template', template);
    await page.fill('#note-title', title);
    const [date, time] = day.split('T');
    await page.fill('#note-tpl-0', date);
    if (time) await page.fill('#note-tpl-0-time', time);
    await page.click('#note-save');
    await expect(page.locator('#notes-list')).toBeVisible();
  }
  await page.click('#notes-copy-open');
  await expect(page.locator('#notes-copy')).toBeVisible();
  for (const [title] of written) await page.locator('#copy-notes label', { hasText: title }).click();
  const byEvent = ['Ngày bị đưa đi', 'Hẹn công an xã', 'Sự việc ở Mộc Bài'];
  await expect(page.locator('#copy-preview .copy-item h3')).toHaveText(byEvent);
  const text = flat(pdfText(await page.pdf({ width: '360px', height: '740px', printBackground: true })));
  const at = byEvent.map((t) => text.indexOf(t));
  expect(at.every((i) => i >= 0), `${at} in ${text}`).toBe(true);
  expect([...at].sort((x, y) => x - y)).toEqual(at);
});

test('quick exit works on every new screen, and the notebook is locked after it', async ({ page, server }) => {
  test.setTimeout(150_000);
  await openNotes(page, server);
  await page.click('#guide-open');
  await expect(page.locator('#guide-title')).toBeVisible();
  await quickExit(page, server);
  await openNotes(page, server);
  await createVault(page);
  const screens = [
    ['the plan', async () => {
      await page.click('#plan-open');
      await expect(page.locator('#plan-title')).toBeVisible();
    }],
    ['the guide opened from the plan', async () => {
      await page.click('#plan-open');
      await page.click('#guide-open');
      await expect(page.locator('#guide-title')).toBeVisible();
    }],
    ['a plan entry being written', async () => {
      await page.click('#plan-open');
      await page.click('#plan-add-person');
      await page.fill('#plan-name', 'Người chưa lưu');
    }],
    ['the copy, at the warning before printing', async () => {
      await page.click('#plan-open');
      await page.selectOption('#plan-s-travel', 'asked');
      await expect(page.locator('#plan-s-travel-d')).not.toBeEmpty();
      await page.click('#copy-open');
      await page.locator('#copy-plan label').first().click();
      await page.click('#copy-print');
      await expect(page.locator('#copy-confirm')).toBeVisible();
    }],
    ['a note from a template', async () => {
      await page.click('#notes-new');
      await page.selectOption('#note-template', 'statement');
      await page.fill('#note-tpl-1', 'Điều tra viên');
    }],
  ];
  for (const [name, open] of screens) {
    await open();
    await quickExit(page, server);
    await openNotes(page, server);
    // Locked: nothing of the notebook is on the page until the passphrase.
    await expect(page.locator('#notes-unlock'), name).toBeVisible();
    await expect(page.locator('#notes')).not.toContainText('Người chưa lưu');
    if (name !== screens.at(-1)[0]) await unlockToList(page);
  }
  // What was not saved before the exit is not in the plan.
  expect(await vaultCounts(page, PLAN_STORES)).toMatchObject({ vault_plan: 1 });
});

for (const lang of ['vi', 'en']) {
  test(`new screens at normal and 200 % text (${lang}): targets of 44 px, nothing cut off, quick exit in reach`, async ({ page, server }) => {
    test.setTimeout(150_000);
    await useLang(page, lang);
    const both = async (label) => {
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
      await expectLayout(page, `${label}, normal text`);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      await expectLayout(page, `${label}, 200 % text`);
      await shot(page, `large-${label.replace(/\W+/g, '-')}-${lang}`);
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    };
    await openNotes(page, server);
    await page.click('#guide-open');
    await expect(page.locator('#guide-title')).toBeVisible();
    await both('guide');
    await page.click('#guide-back');
    await createVault(page);
    await both('list');
    await page.click('#notes-new');
    await page.selectOption('#note-template', 'appointment');
    await page.fill('#note-title', 'Hẹn ở Tòa án');
    await page.fill('#note-tpl-0', '2026-12-09');
    await page.fill('#note-tpl-0-time', '08:30');
    await both('template');
    await page.click('#note-save');
    await page.click('#plan-open');
    await page.selectOption('#plan-s-legal-aid', 'received');
    await expect(page.locator('#plan-s-legal-aid-d')).not.toBeEmpty();
    await page.click('#plan-add-person');
    await page.fill('#plan-name', WORDS[lang].person);
    await page.fill('#plan-role', WORDS[lang].role);
    await page.fill('#plan-phone', '0977 111 333');
    await both('person');
    await page.click('#plan-save');
    await expect(page.locator('#plan-people .plan-entry')).toHaveCount(1);
    await both('plan');
    await page.locator('#plan-s-legal-aid').locator('..').locator('.plan-details').click();
    await page.fill('#plan-who', 'Trung tâm trợ giúp pháp lý nhà nước tỉnh');
    await both('plan-entry');
    await page.click('#plan-save');
    await page.click('#copy-open');
    await page.locator('#copy-notes label').first().click();
    await page.locator('#copy-plan label').first().click();
    await page.click('#copy-print');
    await expect(page.locator('#copy-confirm')).toBeVisible();
    await both('copy');
  });
}
