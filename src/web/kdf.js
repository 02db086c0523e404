// Main-thread side of the key-derivation worker (see src/web/kdf.rs and
// public/kdf-worker.js): one worker per derivation, terminated when it has
// answered, or at once by stop_all (quick exit, pagehide, locking).
const running = new Set();
let listening = false;
export function stop_all() {
  for (const job of [...running]) job.stop('stopped');
}
export function derive_in_worker(script, scriptIntegrity, wasm, wasmIntegrity, passphrase, salt, m, t, p) {
  if (!listening) {
    listening = true;
    // Quick exit (src/web/quick_exit.rs) and leaving the page stop at once.
    addEventListener('binh-an-quick-exit', stop_all);
    addEventListener('pagehide', stop_all);
  }
  return new Promise((resolve, reject) => {
    let worker = null;
    const job = {
      stop(reason) {
        if (!running.delete(job)) return;
        if (worker) worker.terminate();
        // Still here only if it was never handed to the worker.
        if (passphrase.buffer.byteLength) passphrase.fill(0);
        reject(reason);
      },
    };
    running.add(job);
    if (typeof Worker !== 'function') return job.stop('unavailable');
    // A worker script cannot carry an integrity attribute: check its bytes
    // first, then start it from the same (now cached) URL.
    fetch(script, { integrity: scriptIntegrity, credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error('status ' + response.status);
        if (!running.has(job)) return;
        worker = new Worker(script, { name: 'kdf', type: 'module' });
        worker.onmessage = (event) => {
          const { key, error } = event.data || {};
          if (!running.delete(job)) return;
          worker.terminate();
          if (key instanceof Uint8Array) resolve(key);
          else reject(typeof error === 'string' ? error : 'unavailable');
        };
        worker.onerror = (event) => {
          event.preventDefault();
          job.stop('unavailable');
        };
        worker.postMessage({ wasm, wasmIntegrity, passphrase, salt, m, t, p }, [passphrase.buffer]);
      })
      .catch(() => job.stop('unavailable'));
  });
}
