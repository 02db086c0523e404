// Runs before the app's WebAssembly has arrived. It
//  1. starts downloading what the opened route needs (its feature module and
//     content) at once, in parallel with the shell, instead of after the
//     shell has started: on a slow network that is one long wait fewer when
//     a link to a quiz or to the notes is opened. src/web/early.rs hands these
//     responses to the app, which then does not fetch them again;
//  2. registers the service worker and reports a waiting update to the app
//     (src/web/update.rs). The page reloads only after the user taps "Reload".
(function () {
  'use strict';
  var base = document.baseURI;
  var route = location.pathname.slice(new URL(base).pathname.length).split('/');
  // Feature module and content files per first path segment: written by
  // the list in src/core/features.rs (Early). Not for /check nor for the
  // quiz list (/quiz): the shell shows the check's start panel and the list
  // of packs itself, and fetching the module alongside the shell would only
  // slow that down (measured with Lighthouse on slow 4G: largest paint 3.3 s
  // with it, 2.0-2.5 s without, on /check).
  var needs = {
    quiz: route[1] ? { feature: 'quiz', content: ['quiz/' + route[1] + '.json'] } : null,
    notes: { feature: 'notes', content: [] },
  }[route[0]];
  if (!needs || !window.fetch) return;
  var early = (window.binhAnEarly = window.binhAnEarly || {});
  function fetchEarly(path, integrity) {
    var url = new URL(path, base).href;
    var options = { credentials: 'same-origin' };
    if (integrity) options.integrity = integrity;
    var response = fetch(url, options);
    // A failure is the app's to report if it takes the response first;
    // otherwise it is dropped, so a later visit fetches again. (The shell's
    // fetch_early in src/web/shell.js does the same; this one runs before
    // any module has loaded.)
    response.catch(function () { if (early[url] === response) delete early[url]; });
    early[url] = response;
  }
  var meta = document.querySelector('meta[name="binh-an-feature"][data-feature="' + needs.feature + '"]');
  if (meta) {
    var link = document.createElement('link');
    if (link.relList && link.relList.supports && link.relList.supports('modulepreload')) {
      link.rel = 'modulepreload';
      link.href = new URL(meta.getAttribute('data-js'), base).href;
      link.integrity = meta.getAttribute('data-js-integrity');
      link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    }
    fetchEarly(meta.getAttribute('data-wasm'), meta.getAttribute('data-wasm-integrity'));
  }
  needs.content.forEach(function (path) { fetchEarly('content/' + path); });
})();

(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var reloadRequested = false;

  function announce() {
    document.documentElement.setAttribute('data-update-ready', '');
    window.dispatchEvent(new Event('binh-an-update-ready'));
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        // A first install has no controller yet: nothing to update then.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    window.addEventListener('binh-an-apply-update', function () {
      if (!registration.waiting) return;
      reloadRequested = true;
      registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloadRequested) window.location.reload();
  });

  window.addEventListener('load', function () {
    var base = document.baseURI;
    navigator.serviceWorker
      .register(new URL('sw.js', base).href, { scope: new URL('./', base).pathname })
      .then(watch)
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        // Without the data saver, the worker caches whatever of the
        // features it has not yet (it was on at install, say).
        var c = navigator.connection;
        if (!(c && c.saveData)) registration.active.postMessage({ type: 'FILL' });
      })
      .catch(function () { /* No offline mode; the app still works online. */ });
  });
})();
