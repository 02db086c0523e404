// The key-derivation worker (see src/web/kdf.rs), a module worker.
// tools/postbuild.mjs puts wasm-bindgen's loader of the binh-an-kdf module in
// front of this code (so `__wbg_init` and `derive_key` below are its) and
// gives the result a hashed name.
// One message in, one message out, then the page terminates this worker:
//   in:  { wasm, wasmIntegrity, passphrase: Uint8Array, salt: Uint8Array, m, t, p }
//   out: { key: Uint8Array(32) } or { error: 'weak' | 'costly' | 'failed' | 'unavailable' }
// Both byte arrays are transferred, not copied; the passphrase is wiped.
self.onmessage = async (event) => {
  const job = event.data;
  const key = new Uint8Array(32);
  try {
    await __wbg_init({
      module_or_path: fetch(job.wasm, { integrity: job.wasmIntegrity, credentials: 'same-origin' }),
    });
    derive_key(job.passphrase, job.salt, job.m, job.t, job.p, key);
    self.postMessage({ key }, [key.buffer]);
  } catch (e) {
    key.fill(0);
    self.postMessage({ error: typeof e === 'string' ? e : 'unavailable' });
  } finally {
    job.passphrase.fill(0);
  }
};
