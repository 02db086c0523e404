// Accessibility helpers for the end-to-end tests: axe-core injected into the
// page, focus visibility, accessible names, language of parts, layout.
//
// The page has a strict CSP (no inline script), so axe is evaluated through
// the DevTools protocol (page.evaluate of its source), which the policy does
// not govern; the page's own policy stays in force (no bypassCSP).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The standard the app is held to: WCAG 2.2 level AA (2.0, 2.1 and 2.2 rules). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function injectAxe(page) {
  const present = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!present) await page.evaluate(AXE_SOURCE);
}

/**
 * Runs axe on the whole page once, with the WCAG 2.2 AA rules and the
 * best-practice ones. Returns { wcag, bestPractice }, each a list of
 * { id, impact, help, nodes: [{ target, summary }] }.
 */
export async function runAxe(page) {
  await injectAxe(page);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: [...tags, 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  }, WCAG_TAGS);
  const isWcag = (v) => v.tags.some((t) => WCAG_TAGS.includes(t));
  return { wcag: violations.filter(isWcag), bestPractice: violations.filter((v) => !isWcag(v)) };
}

/** One line per failing element: "[state] id (impact): help — target — summary". */
export function formatViolations(list) {
  return list.flatMap(({ state, id, impact, help, nodes }) =>
    nodes.map((n) => `[${state}] ${id} (${impact}): ${help}\n    at ${n.target}\n    ${n.summary}`)).join('\n');
}

/**
 * Collects axe results over the states of one test, so one run lists every
 * problem; `assertClean()` fails with the readable list. Best-practice
 * findings are reported as an attachment, and fail only when `strict`.
 */
export function auditor(page, testInfo, { strict = true } = {}) {
  const wcag = [];
  const bestPractice = [];
  const states = [];
  const unmarked = [];
  return {
    states,
    async check(state) {
      // axe measures targets where they are on screen, and counts a target
      // scrolled under the sticky top bar as too small: audit from the top
      // (focus scrolled under the bars is checked by expectFocusVisible).
      // Then let a transition or a focus move settle.
      await page.evaluate(() => new Promise((r) => {
        window.scrollTo(0, 0);
        requestAnimationFrame(() => requestAnimationFrame(r));
      }));
      const found = await runAxe(page);
      unmarked.push(...(await summariesWithoutMarker(page)).map((s) => `${state}: ${s}`));
      states.push(state);
      wcag.push(...found.wcag.map((v) => ({ state, ...v })));
      bestPractice.push(...found.bestPractice.map((v) => ({ state, ...v })));
    },
    async assertClean() {
      const summary = `${states.length} states audited: ${states.join(', ')}\n`
        + `WCAG 2.2 AA: ${wcag.reduce((n, v) => n + v.nodes.length, 0)} failing elements\n`
        + `best practice: ${bestPractice.reduce((n, v) => n + v.nodes.length, 0)} failing elements\n`
        + formatViolations(bestPractice);
      await testInfo.attach('a11y-summary.txt', { body: summary, contentType: 'text/plain' });
      if (process.env.A11Y_VERBOSE) console.log(`${testInfo.title}\n${summary}\n${formatViolations(wcag)}`);
      expect(formatViolations(wcag), `axe WCAG 2.2 AA violations (${states.length} states)`).toBe('');
      if (strict) expect(formatViolations(bestPractice), 'axe best-practice violations').toBe('');
      expect(unmarked, 'a fold (summary) with nothing showing it opens').toEqual([]);
    },
  };
}

/**
 * How the focused element shows its focus: { ok, what, outline, shadow,
 * covered }. A file input drawn invisible over its button shows focus on the
 * button. `covered` names what is drawn over the middle of the focused
 * element's visible part (the sticky top bar, the call bar), if anything
 * (WCAG 2.4.11, focus not obscured).
 */
export function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
    const shown = el.matches('.notes-file-input') ? el.closest('.notes-file') : el;
    const s = getComputedStyle(shown);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const r = shown.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, window.innerWidth);
    let covered = null;
    if (bottom <= top || right <= left) covered = 'off screen';
    else {
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (hit && !shown.contains(hit) && !hit.contains(shown)) {
        covered = `${hit.tagName.toLowerCase()}${hit.id ? '#' + hit.id : ''}.${String(hit.className).split(' ')[0]}`;
      }
    }
    return {
      covered,
      ok: el.matches(':focus-visible') && (outline || shadow) && r.width > 0 && r.height > 0 && !covered,
      what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      shadow: s.boxShadow,
    };
  });
}

export async function expectFocusVisible(page, where) {
  const f = await focusIndicator(page);
  expect(f.ok, `${where}: focus visible on ${f.what} (outline ${f.outline}, shadow ${f.shadow}, covered by ${f.covered})`).toBe(true);
}

/** A short description of the focused element. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.textContent || '').trim().slice(0, 40)}`;
  });
}

/**
 * Presses Tab (or Shift+Tab with `back`) until the focused element matches
 * `selector`; fails after `max` presses. Checks the focus is visible there.
 */
export async function tabTo(page, selector, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      await expectFocusVisible(page, selector);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${back ? 'Shift+Tab' : 'Tab'} (focus on ${await focused(page)})`);
}

/** Every visible control with no accessible name (role locators). */
export async function unnamedControls(page) {
  const roles = ['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'progressbar',
    'meter', 'listbox', 'spinbutton', 'slider', 'switch', 'tab', 'menuitem'];
  const unnamed = [];
  for (const role of roles) {
    for (const el of await page.getByRole(role).all()) {
      if (!(await el.isVisible())) continue;
      // An empty or whitespace name fails; the snapshot shows `- role "name"`
      // (quoted as a whole when the name has a colon).
      const snapshot = await el.ariaSnapshot();
      const first = snapshot.split('\n')[0];
      if (!new RegExp(`^- '?${role} "[^"]*\\S[^"]*"`).test(first)) unnamed.push(`${role}: ${first}`);
    }
  }
  return unnamed;
}

/**
 * Visible `<summary>`s that show no sign they open: no browser marker (a
 * `list-item` with a list style) and no drawn one (a `::before` triangle,
 * which has a border), and not styled as a button. A heading such as "Vì sao
 * (4)" with nothing under it reads as finished, not as folded.
 */
export function summariesWithoutMarker(page) {
  return page.evaluate(() => [...document.querySelectorAll('details > summary')].filter((s) => {
    const box = s.getBoundingClientRect();
    if (!box.width || !box.height || s.classList.contains('btn')) return false;
    const cs = getComputedStyle(s);
    if (cs.display === 'list-item' && cs.listStyleType !== 'none') return false;
    const before = getComputedStyle(s, '::before');
    const drawn = before.content !== 'none' && before.content !== 'normal'
      && ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(before[`border${side}Width`]) > 0
        && before[`border${side}Color`] !== 'rgba(0, 0, 0, 0)');
    return !drawn;
  }).map((s) => s.closest('[id]')?.id + ' > ' + s.textContent.trim().slice(0, 40)));
}

/** document.documentElement scrolls sideways by this many pixels (0 = none). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Vietnamese letters no English word uses. */
export const VI_LETTERS = 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';

/**
 * Words written in Vietnamese (they have a Vietnamese letter) whose nearest
 * `lang` is English: each needs its own lang="vi". Text with lang=""
 * (language unknown: what the user typed or pasted) is not checked.
 */
export function untaggedVietnamese(page) {
  return page.evaluate((letters) => {
    const vi = new RegExp(`[${letters}]`, 'iu');
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, noscript, [aria-hidden="true"]')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'en') continue;
      const words = node.data.split(/[^\p{L}\p{N}]+/u).filter((w) => vi.test(w));
      if (words.length) {
        const where = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`;
        out.push(`${where}: ${words.join(' ')} — in "${node.data.trim().slice(0, 80)}"`);
      }
    }
    return out;
  }, VI_LETTERS);
}
