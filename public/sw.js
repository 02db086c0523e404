// Bình An service worker. tools/postbuild.mjs fills in VERSION, PRECACHE
// (the shell) and FEATURES (per feature, its files and the bytes each costs
// to download) from the hashed build output; this file is a template until
// then. postbuild drops the full-line comments from the served copy.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const FEATURES = __FEATURES__;
const CACHE = 'binh-an-' + VERSION;
const at = (path) => new URL(path, self.registration.scope).href;
const SHELL = at('./');
const FEATURE_URLS = new Set(Object.values(FEATURES).flatMap(Object.keys).map(at));

// The browser's data saver (navigator.connection.saveData): then only the
// shell is precached, and each feature is cached on first use or when the
// user keeps it from its screen (the "KEEP" message), so a first visit on
// mobile data does not download screens that may never be opened.
const savingData = () => !!(self.navigator.connection && self.navigator.connection.saveData);

// A feature the user chose to keep ("KEEP") is marked in the cache by this
// entry, so an update precaches all of it, also a file the update adds (a
// new quiz pack): by path alone such a feature would look partly used.
const kept = (name) => at('__kept__/' + name);

// The app's caches of earlier versions.
const oldCaches = async () => (await caches.keys()).filter((k) => k.startsWith('binh-an-') && k !== CACHE);

// The feature files being written to the cache after a network fetch.
let writing = Promise.resolve();

// A file's path with its build hash taken out: the same file of another
// build has the same stem (binh-an-quiz-<hash>.js, snippets/binh-an-<hash>/...).
const stem = (path) => path.replace(/-[0-9a-f]{16}(?=[._/])/g, '-');

// With the data saver on, a feature the previous version had kept (marked)
// or fully cached (every file of it used) is precached in its new version
// too, all of it, so
// an update does not take away what worked offline; a feature only partly
// used gets its new files again when they are used, not at every update.
async function install() {
  let features = Object.keys(FEATURES);
  const keptBefore = [];
  if (savingData()) {
    const before = new Set();
    for (const key of await oldCaches()) {
      for (const r of await (await caches.open(key)).keys()) before.add(stem(new URL(r.url).pathname));
    }
    const wasKept = (name) => before.has(new URL(kept(name)).pathname);
    features = features.filter((name) => wasKept(name)
      || Object.keys(FEATURES[name]).every((p) => before.has(stem(new URL(at(p)).pathname))));
    keptBefore.push(...features.filter(wasKept));
  }
  const urls = PRECACHE.concat(...features.map((name) => Object.keys(FEATURES[name])));
  const cache = await caches.open(CACHE);
  await cache.addAll([...new Set(urls.map(at))]);
  for (const name of keptBefore) await cache.put(kept(name), new Response(''));
}

self.addEventListener('install', (event) => event.waitUntil(install()));

// The old caches go; a feature file of this build that only an old cache
// holds (same path: kept through the old worker while this one waited) is
// carried over first.
async function activate() {
  const cache = await caches.open(CACHE);
  const marked = [];
  for (const key of await oldCaches()) {
    const old = await caches.open(key);
    for (const request of await old.keys()) {
      const url = new URL(request.url);
      const path = url.origin + url.pathname;
      const mark = Object.keys(FEATURES).find((name) => kept(name) === path);
      if ((FEATURE_URLS.has(path) || mark) && !(await cache.match(path))) {
        const response = await old.match(request);
        if (response) await cache.put(path, response);
        if (mark) marked.push(mark);
      }
    }
    await caches.delete(key);
  }
  await self.clients.claim();
  return marked;
}

self.addEventListener('activate', (event) => event.waitUntil(activate().then((marked) => {
  // A feature kept while this version waited has its mark, but this build's
  // renamed module files are not cached yet: fetch them now, after
  // activation (the page's requests wait while the worker activates).
  // Best effort: what fails is fetched on use, and the offer shows again.
  for (const name of marked) caches.open(CACHE).then((cache) => fill(cache, name)).catch(() => {});
})));

// A feature's files not yet in the cache, and the bytes they cost.
async function missing(cache, feature) {
  await writing;
  const paths = [];
  let bytes = 0;
  for (const [path, size] of Object.entries(FEATURES[feature])) {
    if (!(await cache.match(at(path)))) {
      paths.push(path);
      bytes += size;
    }
  }
  return { paths, bytes };
}

// Caches what of a feature is missing; the bytes still missing afterwards.
async function fill(cache, feature) {
  const left = await missing(cache, feature);
  if (left.paths.length === 0) return 0;
  await cache.addAll(left.paths.map(at));
  return (await missing(cache, feature)).bytes;
}

// "KEEP": the whole feature, marked as kept once it is all there.
async function keep(cache, feature) {
  const left = await fill(cache, feature);
  if (left === 0) await cache.put(kept(feature), new Response(''));
  return left;
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  // "FILL" (public/boot.js, when the page does not save data): cache every
  // feature file of this build not cached yet, e.g. after the data saver
  // was on at install and is off now. Nothing when the worker sees it on.
  if (data.type === 'FILL') {
    if (!savingData()) {
      event.waitUntil(caches.open(CACHE).then(async (cache) => {
        for (const feature of Object.keys(FEATURES)) await fill(cache, feature);
      }).catch(() => {}));
    }
    return;
  }
  // "STATUS": how many bytes of a feature are not cached yet; "KEEP": cache
  // them (only this build's files, by the list above). The answer goes to
  // the port sent along: { missing: bytes } or { failed: true } (also for a
  // feature this build does not have).
  const port = event.ports[0];
  if (!/^(STATUS|KEEP)$/.test(data.type) || !port) return;
  if (!{}.hasOwnProperty.call(FEATURES, data.feature)) {
    port.postMessage({ failed: true });
    return;
  }
  event.waitUntil(caches.open(CACHE)
    .then(async (cache) => (data.type === 'STATUS'
      ? (await missing(cache, data.feature)).bytes
      : keep(cache, data.feature)))
    .then((bytes) => port.postMessage({ missing: bytes }), () => port.postMessage({ failed: true })));
});

// Cache-first for the build's own files; every in-app navigation gets the
// app shell, so deep links open offline. A feature file that was not
// precached is put in the cache when it comes from the network (it was
// paid for already). Nothing else is ever cached: no response to anything
// the user typed ends up in a cache.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (!url.href.startsWith(self.registration.scope)) return;
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(SHELL))
        .then((hit) => hit || fetch(request)));
    return;
  }
  const key = url.origin + url.pathname;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true })
        .then((hit) => hit || fetch(request).then((response) => {
          // Only a plain, whole, same-origin answer: no redirect, no error
          // page, no partial content.
          if (response.ok && response.status === 200 && !response.redirected
              && response.type === 'basic' && FEATURE_URLS.has(key)) {
            const put = cache.put(key, response.clone()).catch(() => {});
            writing = writing.then(() => put);
            event.waitUntil(put);
          }
          return response;
        }))));
});
