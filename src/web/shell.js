// The app's few lines of JavaScript, in one file: the first load asks for one
// snippet instead of one per Rust file (each `inline_js` becomes a file of
// its own), and a feature module, which imports the same file, finds it
// already loaded instead of waiting one more round trip before its wasm is
// requested. Each section is declared by the Rust file named in its heading
// (the key-derivation worker's own file is src/web/kdf.js).

// --- src/web/quick_exit.rs — quick exit's "remove everything"
export async function remove_everything(dbs, channel) {
  // Each step is tried whatever the others did.
  try { const c = new BroadcastChannel(channel); c.postMessage('wiped'); c.close(); } catch (e) {}
  await Promise.all(dbs.map((name) => new Promise((done) => {
    // Another tab holding the database delays this; it closes on
    // versionchange, and the browser finishes the deletion then.
    setTimeout(done, 4000);
    try {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = r.onerror = () => done();
    } catch (e) { done(); }
  })));
  try { localStorage.clear(); } catch (e) {}
  try { sessionStorage.clear(); } catch (e) {}
  try { for (const k of await caches.keys()) await caches.delete(k); } catch (e) {}
  try {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  } catch (e) {}
}

// --- src/web/early.rs — responses fetched before the code that reads them ran
export function take_early(url) {
  const early = window.binhAnEarly;
  if (!early || !(url in early)) return undefined;
  const response = early[url];
  delete early[url];
  return response;
}
export function fetch_early(url) {
  const early = (window.binhAnEarly = window.binhAnEarly || {});
  if (url in early) return;
  const response = fetch(url, { credentials: 'same-origin' });
  // As boot.js's fetchEarly: a failure is the loader's to report if it
  // takes the response first; otherwise it is dropped, so a later visit
  // fetches again.
  response.catch(() => { if (early[url] === response) delete early[url]; });
  early[url] = response;
}

// --- src/web/features.rs — loading a feature module
export function import_checked(url, integrity) {
  const link = document.createElement('link');
  if (!(link.relList && link.relList.supports && link.relList.supports('modulepreload'))) {
    // No modulepreload (Safari < 17, old Firefox): check the bytes with
    // fetch, then import the same hashed URL, which the cache answers.
    return fetch(url, { integrity, credentials: 'same-origin' }).then(() => import(url));
  }
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.href = url;
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    link.onload = () => resolve(import(url));
    link.onerror = () => reject(new Error('the feature module could not be loaded or failed its integrity check'));
    document.head.appendChild(link);
  });
}
export function after_paint() {
  return new Promise((resolve) => {
    // A hidden tab paints nothing: then there is nothing to wait for.
    if (document.visibilityState === 'hidden') return resolve();
    // Hidden before its frame came (the user switched apps): go on.
    const done = () => { document.removeEventListener('visibilitychange', done); resolve(); };
    document.addEventListener('visibilitychange', done);
    // A rAF callback runs just before a frame is drawn; one queued from it
    // runs before the next, once the first is on screen.
    requestAnimationFrame(() => requestAnimationFrame(done));
  });
}
export function fetch_checked(url, integrity, early) {
  return early || fetch(url, { integrity, credentials: 'same-origin' });
}

// --- src/web/keep.rs — "keep for offline use" (the feature modules call it)
export function saving_data() {
  const c = navigator.connection;
  return !!(c && c.saveData && navigator.serviceWorker && window.caches && window.MessageChannel);
}
export function ask_worker(type, feature, ms) {
  const answer = navigator.serviceWorker.ready.then((registration) => new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => {
      const missing = e.data && e.data.missing;
      if (typeof missing === 'number') resolve(missing);
      else reject(new Error('the service worker could not cache the feature'));
    };
    registration.active.postMessage({ type, feature }, [channel.port2]);
  }));
  // A worker that never answers (an older one, one stopped mid-download).
  const late = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer from the service worker')), ms));
  return Promise.race([answer, late]);
}
