//! Native counterpart of the browser unlock benchmark (`tests/notes_bench.rs`):
//! the same unlock computation — Argon2id with `KdfParams::DEFAULT`, then
//! unwrapping the data key — run on this machine's CPU, so the browser figure
//! can be given as a ratio.
//!
//! ```sh
//! cargo run --release --example kdf_native        # 5 runs
//! cargo run --release --example kdf_native -- 9   # 9 runs
//! cargo run --release --example kdf_native -- 5 65536 2 1   # other m_kib t p
//! ```
//!
//! Built like the app's release (`argon2` and `blake2` at `opt-level = 3`,
//! see Cargo.toml), so this is the native limit the wasm figure is compared
//! with.
//!
//! Prints one machine-readable line (`scripts/dev.sh bench-notes` reads it):
//! `BENCH native_unlock_ms median=… min=… max=… runs=…`. It measures and
//! prints only; it never fails on a time.

use binh_an::core::vault::{create_vault, unlock, KdfParams};
use std::time::Instant;

const PASS: &str = "mật khẩu an toàn của tôi";

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("the number of runs"))
        .unwrap_or(5)
        .max(3);
    if cfg!(debug_assertions) {
        eprintln!("warning: debug build; use `cargo run --release --example kdf_native`");
    }
    let mut rest = std::env::args()
        .skip(2)
        .map(|a| a.parse::<u32>().expect("m_kib t p"));
    let params = match (rest.next(), rest.next(), rest.next()) {
        (Some(m_kib), Some(t), Some(p)) => KdfParams { m_kib, t, p },
        _ => KdfParams::DEFAULT,
    };
    let (header, created) = create_vault(PASS, params).expect("create the vault");
    let vault_id = created.vault_id().to_string();
    drop(created);

    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let vault = unlock(&header, PASS).expect("unlock with the right passphrase");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(vault.vault_id(), vault_id);
    }
    times.sort_by(f64::total_cmp);
    let median = if runs % 2 == 1 {
        times[runs / 2]
    } else {
        (times[runs / 2 - 1] + times[runs / 2]) / 2.0
    };
    println!(
        "BENCH native_unlock_ms median={median:.1} min={:.1} max={:.1} runs={runs} m_kib={} t={} p={}",
        times[0],
        times[runs - 1],
        params.m_kib,
        params.t,
        params.p
    );
}
