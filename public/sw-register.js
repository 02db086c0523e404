// Registers the service worker and reports a waiting update to the app
// (src/web/update.rs). The page reloads only after the user taps "Reload".
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
      .catch(function () { /* No offline mode; the app still works online. */ });
  });
})();
