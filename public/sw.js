// Bình An service worker. tools/postbuild.mjs fills in VERSION and PRECACHE
// from the hashed build output; this file is a template until then.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'binh-an-' + VERSION;
const SHELL = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  const urls = PRECACHE.map((path) => new URL(path, self.registration.scope).href);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('binh-an-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Cache-first for the build's own files; every in-app navigation gets the
// app shell, so deep links open offline. Nothing else is ever cached: no
// response to anything the user typed ends up in a cache.
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
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)));
});
