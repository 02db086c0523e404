// Shared fixtures: each test gets its own server on a fresh port (so its
// own origin, service worker and storage), and every page and context it
// opens fails the test on any uncaught error, console error or request to
// another origin.
import { test as base, expect } from '@playwright/test';
import { startServer } from '../../tools/serve.mjs';
import { fileURLToPath } from 'node:url';

// BINH_AN_DIST lets a second build (another worktree or sub-path) be tested.
export const DIST = process.env.BINH_AN_DIST
  ? (process.env.BINH_AN_DIST.endsWith('/') ? process.env.BINH_AN_DIST : process.env.BINH_AN_DIST + '/')
  : fileURLToPath(new URL('../../dist/', import.meta.url));
export const NEUTRAL_PREFIX = 'https://www.google.com/search';

/**
 * Watches a browser context: every page it has or opens (uncaught errors and
 * console errors) and every request it makes (another origin). Each context
 * is watched once, whichever way it was made.
 */
const watched = new WeakSet();
function watchPage(page, seen) {
  if (watched.has(page)) return;
  watched.add(page);
  // A test that provokes an error on purpose declares it here.
  page.allowError = (re) => seen.allowed.push(re);
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`); });
}
async function watch(context, server, seen) {
  if (watched.has(context)) return;
  watched.add(context);
  context.pages().forEach((p) => watchPage(p, seen));
  context.on('page', (p) => watchPage(p, seen));
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url.startsWith(NEUTRAL_PREFIX)) return; // quick exit's deliberate navigation
    seen.foreign.push(url);
  });
  // A request the Content-Security-Policy refused never left the browser.
  context.on('requestfailed', (r) => {
    if (/^csp$|BLOCKED_BY_CSP/.test(r.failure()?.errorText || '')) {
      const i = seen.foreign.indexOf(r.url());
      if (i >= 0) seen.foreign.splice(i, 1);
    }
  });
  // The neutral page of quick exit never reaches the network in tests.
  await context.route(`${NEUTRAL_PREFIX}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>weather</p>' }));
}

export const test = base.extend({
  server: async ({}, use) => {
    const server = await startServer(DIST, 0, '/');
    const { port } = server.address();
    const info = {
      origin: `http://127.0.0.1:${port}`,
      url: (path = '/') => `http://127.0.0.1:${port}${path}`,
      stop: () => new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
      raw: server,
    };
    await use(info);
    if (server.listening) await info.stop();
  },
  // Every test, whatever it opens: the fixture's context and page, any
  // context made with browser.newContext() or browser.newPage(), and any
  // page of those (popups, context.newPage()). Fails the test on an
  // uncaught error, a console error or a request to another origin.
  guards: [async ({ browser, server }, use) => {
    const seen = { errors: [], allowed: [], foreign: [] };
    const newContext = browser.newContext;
    browser.newContext = async function (...args) {
      const context = await newContext.apply(this, args);
      await watch(context, server, seen);
      return context;
    };
    try {
      await use(seen);
    } finally {
      browser.newContext = newContext;
    }
    expect(seen.foreign, 'requests to other origins').toEqual([]);
    expect(seen.errors.filter((e) => !seen.allowed.some((re) => re.test(e))), 'uncaught errors and console errors').toEqual([]);
  }, { auto: true }],
  context: async ({ context, server, guards }, use) => {
    await watch(context, server, guards);
    await use(context);
  },
  page: async ({ page, guards }, use) => {
    watchPage(page, guards);
    await use(page);
  },
});

export { expect };

/** Waits until the app has mounted (Leptos replaced the boot screen). */
export async function appReady(page) {
  await expect(page.locator('#quick-exit')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
}

/**
 * Waits until a service worker controls the page (its clients.claim() has
 * reached it): from then on the page's fetches go through the worker.
 * `navigator.serviceWorker.ready` is not enough: it resolves when the worker
 * starts activating, before its activate handler claims the page. The
 * predicate is synchronous on purpose: waitForFunction takes the first
 * truthy return, and an async function's promise is truthy at once, so an
 * async predicate is evaluated once and never polled.
 */
export async function swControlling(page) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 });
}

/**
 * Stops the server once the page is offline-ready: a service worker controls
 * it and nothing the page asked for is still waiting for a connection. (A
 * request queued before the worker took over goes to the network; stopping
 * the server under it fails it with ERR_CONNECTION_REFUSED, a console error
 * that is the test's timing, not the app's. Seen once on a slow CI run.)
 */
export async function stopServerWhenOffline(page, server) {
  await swControlling(page);
  await page.waitForLoadState('networkidle');
  await server.stop();
}

/** Opens every page of `page`'s context in `lang` ('vi' or 'en'), as a saved choice would. */
export async function useLang(page, lang) {
  await page.addInitScript((l) => {
    try { localStorage.setItem('binh-an.lang', JSON.stringify(l)); } catch { /* opaque origin */ }
  }, lang);
}
