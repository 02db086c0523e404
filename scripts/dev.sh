#!/usr/bin/env bash
# Bình An developer entry point. Two commands matter (see README):
#   scripts/dev.sh serve   install what is missing, build the release, serve on 127.0.0.1
#   scripts/dev.sh test    install what is missing, run every test layer
#   scripts/dev.sh bench        sizes per route, repeat visits, Lighthouse, notes benchmark
#   scripts/dev.sh bench-notes  notes vault benchmark only (prints figures; not in test)
#   scripts/dev.sh check-cases  the offer check on real reported cases and the scan on real
#                               lure texts (prints figures; the host tests assert them)
#   scripts/dev.sh raise-counts after a test run that added tests (or merged a branch with new
#                               spec files): raises the minimum counts in tests/test-counts.json
# Every install step checks first and skips work already done.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

log() { printf '\033[1m== %s\033[0m\n' "$*"; }

need_root_or_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  # pdftotext and pdfinfo: the e2e reads the printed worksheets back.
  [ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (Debian)"
    need_root_or_sudo apt-get update -q
    need_root_or_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

ensure_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  for c in clippy rustfmt; do
    rustup component list --installed | grep -q "^$c" || rustup component add "$c"
  done
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  # wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
  local wbg
  wbg="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
    log "installing wasm-bindgen-cli $wbg"
    cargo install wasm-bindgen-cli --version "$wbg" --locked \
      || cargo install wasm-bindgen-cli --version "$wbg"
  fi
}

ensure_npm() {
  # node_modules is rebuilt only when package-lock.json changed.
  local stamp="node_modules/.binh-an-lock"
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
  # Debian's wasm-opt 108 breaks the module at start-up; ours must come first.
  case "$(command -v wasm-opt)" in
    "$ROOT/node_modules/.bin/wasm-opt") ;;
    *) echo "wasm-opt on PATH is not npm binaryen's" >&2; exit 1 ;;
  esac
}

setup() {
  ensure_apt
  ensure_rust
  ensure_npm
}

build_release() {
  log "trunk build --release ${*:-}"
  trunk build --release "$@"
}

serve() {
  setup
  build_release
  local port="${PORT:-8080}"
  log "serving dist/ on http://127.0.0.1:$port/ (Ctrl-C to stop)"
  exec node tools/serve.mjs dist "$port"
}

# Reads a layer's log (a cargo test log, or Playwright's JSON report) with
# tests/test-counts.mjs, prints "layer: N passed, N failed, N skipped" and
# fails the run when the layer's command failed, a test failed, fewer tests
# passed than the layer's minimum, or a test was skipped without its reason
# on the allow-list (all in tests/test-counts.json).
check_layer() {
  local layer="$1" log="$2" rc="$3" counts counted=1 p f s
  counts="$(node tests/test-counts.mjs "$layer" "$log")" || counted=0
  read -r p f s <<< "${counts:-0 0 0}"
  printf '%s: %s passed, %s failed, %s skipped\n' "$layer" "$p" "$f" "$s" | tee -a "$SUMMARY"
  if [ "$rc" != 0 ] || [ "$f" != 0 ] || [ "$counted" != 1 ]; then
    echo "FAILED: layer $layer" >&2
    FAILURES=$((FAILURES + 1))
  fi
}

# After a `scripts/dev.sh test` without a problem (e.g. once a branch that
# adds tests or a spec file is merged): raises every layer's minimum test
# count in tests/test-counts.json to what that run passed, never lowering
# one, and gives new spec files their own minimum. Commit the file after.
raise_counts() {
  local out="target/test-logs" layer file
  for layer in host host-release browser e2e; do
    file="$out/$layer.log"
    [ "$layer" = e2e ] && file="$out/e2e.json"
    [ -f "$file" ] || { echo "no $file: run scripts/dev.sh test first" >&2; exit 1; }
    node tests/test-counts.mjs --raise "$layer" "$file"
  done
  git --no-pager diff --stat -- tests/test-counts.json
}

run_tests() {
  setup
  FAILURES=0
  local out="target/test-logs"
  mkdir -p "$out"
  SUMMARY="$out/summary.txt"
  : > "$SUMMARY"

  log "lint: cargo fmt --check, clippy (host and wasm32)"
  cargo fmt --check
  cargo clippy --all-targets -- -D warnings
  cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --test notes_bench -- -D warnings

  log "docs: cargo doc (host and wasm32), every warning an error (broken intra-doc links too)"
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --target wasm32-unknown-unknown

  log "layer 1: cargo test (host: pure core and content)"
  set +e
  cargo test 2>&1 | tee "$out/host.log"
  local rc=${PIPESTATUS[0]}
  set -e
  check_layer host "$out/host.log" "$rc"

  # The vault module again in release: there the real-KDF tests run (a bit
  # flip in every header byte through Argon2id; ignored in debug builds as
  # too slow). About 3 min of build and 30 s of tests on 2 cores.
  log "layer 1b: cargo test --release --lib core::vault (real Argon2id)"
  set +e
  cargo test --release --lib core::vault 2>&1 | tee "$out/host-release.log"
  rc=${PIPESTATUS[0]}
  set -e
  if ! grep -q '^test core::vault::tests::single_bit_flips_of_a_backup_fail_the_real_import_path \.\.\. ok$' "$out/host-release.log"; then
    echo "FAILED: the real-KDF bit-flip test did not run" >&2
    rc=$((rc > 0 ? rc : 1))
  fi
  check_layer host-release "$out/host-release.log" "$rc"

  log "layer 2: wasm-bindgen-test in headless Chromium"
  set +e
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$out/browser.log"
  rc=${PIPESTATUS[0]}
  set -e
  check_layer browser "$out/browser.log" "$rc"

  log "release build and size budget"
  build_release
  node tests/size-budget.mjs dist | tee "$out/size.log"

  log "layer 3: Playwright end-to-end against the release build"
  set +e
  rm -f "$out/e2e.json"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$ROOT/$out/e2e.json" \
    npx playwright test --config tests/e2e/playwright.config.mjs --reporter=list,json 2>&1 | tee "$out/e2e.log"
  rc=${PIPESTATUS[0]}
  set -e
  check_layer e2e "$out/e2e.json" "$rc"

  log "summary"
  cat "$SUMMARY"
  local tp=0 tf=0 ts=0
  while read -r _ p _ f _ s _; do tp=$((tp + p)); tf=$((tf + f)); ts=$((ts + s)); done < "$SUMMARY"
  echo "every skip above is on tests/test-counts.json with its reason; all layers together:"
  echo "total: $tp passed, $tf failed, $ts skipped"
  [ "$FAILURES" = 0 ]
}

# Notes vault benchmark, not part of `test`: release builds of the browser
# benchmark (tests/notes_bench.rs, headless Chromium) and of its native
# counterpart (examples/kdf_native.rs), then a table against the product
# targets. Fails only when a build or a correctness check fails, never on a
# time. For experiments, extra cargo arguments go to both builds, e.g.
#   BENCH_CARGO_ARGS="--config profile.release.package.argon2.opt-level=3"
# and wasm-only compiler flags through cargo's own variable, e.g.
#   CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128"
bench_notes() {
  ensure_apt
  ensure_rust
  local out="${CARGO_TARGET_DIR:-target}/bench-logs"
  mkdir -p "$out"
  local extra=()
  read -r -a extra <<< "${BENCH_CARGO_ARGS:-}"

  log "native: cargo run --release --example kdf_native ${BENCH_CARGO_ARGS:-}"
  cargo run --release ${extra[@]+"${extra[@]}"} --example kdf_native -- 5 | tee "$out/native.log"

  log "browser: cargo test --release --target wasm32-unknown-unknown --test notes_bench -- --nocapture"
  set +e
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_TIMEOUT=600 \
    cargo test --release ${extra[@]+"${extra[@]}"} --target wasm32-unknown-unknown \
    --test notes_bench -- --nocapture 2>&1 | tee "$out/browser.log"
  local rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" != 0 ] || ! grep -q '^test result: ok\. 1 passed' "$out/browser.log"; then
    echo "FAILED: the browser benchmark did not run to the end (see $out/browser.log)" >&2
    exit 1
  fi

  log "release build; unlock at phone speed (CPU 1x and 6x) and quick exit during a derivation"
  build_release
  npx playwright --version >/dev/null
  set +e
  node tools/kdf-bench.mjs dist 5 2>&1 | tee "$out/release.log"
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" != 0 ]; then
    echo "FAILED: the release unlock benchmark did not run to the end (see $out/release.log)" >&2
    exit 1
  fi

  log "notes vault: 1,000 notes, KdfParams::DEFAULT (medians, ms)"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$("$CHROMIUM" --version 2>/dev/null || echo chromium)"
  echo "variant: BENCH_CARGO_ARGS='${BENCH_CARGO_ARGS:-}'" \
    "wasm RUSTFLAGS='${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}'"
  if awk -v n="$(nproc)" '{ exit !($1 > n) }' /proc/loadavg; then
    echo "WARNING: the machine is busy (load average above its $(nproc) cores): figures are inflated" \
      "and the native/wasm ratio is unreliable; run again when it is idle."
  fi
  cat "$out/native.log" "$out/browser.log" "$out/release.log" | awk '
    /^BENCH / {
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[$2, kv[1]] = kv[2] }
      have[$2] = 1
    }
    function range(n) { return have[n] ? sprintf("%.1f-%.1f", v[n, "min"], v[n, "max"]) : "" }
    function verdict(x, target, unit) {
      if (x == "") return "n/a"
      if (x + 0 <= target) return "ok"
      return sprintf("over by %.0f%% (+%.1f%s)", 100 * (x / target - 1), x - target, unit)
    }
    function ms(label, n, target) {
      x = have[n] ? v[n, "median"] : ""
      printf "%-40s %12s %14s %10s  %s\n", label, (x == "" ? "n/a" : sprintf("%.1f ms", x)),
        range(n), (target == "" ? "-" : "<= " target " ms"), (target == "" ? "" : verdict(x, target, " ms"))
    }
    function ratio(label, n, target) {
      x = (have[n] && have["native_unlock_ms"]) ? v[n, "median"] / v["native_unlock_ms", "median"] : ""
      printf "%-40s %12s %14s %10s  %s\n", label, (x == "" ? "n/a" : sprintf("%.2fx", x)),
        "", "<= " target "x", verdict(x, target, "x")
    }
    END {
      printf "%-40s %12s %14s %10s  %s\n", "figure", "median", "min-max", "target", "result"
      ms("unlock (IndexedDB + Argon2id + unwrap)", "unlock_ms", 1000)
      ms("  wasm core only (Argon2id + unwrap)", "unlock_core_ms", "")
      ms("  native (Argon2id + unwrap)", "native_unlock_ms", "")
      ratio("unlock / native unlock", "unlock_ms", 2.5)
      ratio("  wasm core only / native", "unlock_core_ms", 2.5)
      ms("unlock, release build, tap to list", "unlock_release_ms", 3000)
      ms("  the same, CPU 6x (the worker is not slowed)", "unlock_release_x6_ms", "")
      ms("  derivation on the page, CPU 6x (cheap phone)", "unlock_main_thread_x6_ms", 1000)
      ms("quick exit during a derivation, CPU 6x", "quick_exit_during_derive_ms", 300)
      ms("open the list of 1,000", "list_1000_ms", 150)
      ms("save one note into 1,000", "save_into_1000_ms", 30)
      ms("search 1,000 (index build + query)", "search_total_1000_ms", 50)
      ms("  index build", "search_build_1000_ms", "")
      ms("  one query", "search_query_1000_ms", "")
    }'
}

# The whole bench (issue "quality gates"): a fresh release build served on
# 127.0.0.1, bytes per route, repeat-visit bytes, Lighthouse (installed
# into tools/bench/ from its own lock, only here: ~170 MB), then the notes
# benchmark. Prints figures; not part of `test`.
bench() {
  setup
  build_release
  if [ ! -d tools/bench/node_modules/lighthouse ] || [ tools/bench/package-lock.json -nt tools/bench/node_modules/.package-lock.json ]; then
    log "installing Lighthouse for the bench (tools/bench, npm ci)"
    (cd tools/bench && npm ci --no-audit --no-fund)
  fi
  log "size report (first load of /)"
  node tests/size-budget.mjs dist || true
  log "bytes per route, repeat visits, Lighthouse"
  CHROMIUM="$CHROMIUM" node tools/bench/bench.mjs dist
  bench_notes
}

# The offer check against the labelled real cases (sensitivity,
# specificity, reasons), then the scan against its corpus when the scan's
# example exists. Host only, no browser.
check_cases() {
  log "offer check on real cases (tests/fixtures/risk-cases.json)"
  cargo run --quiet --example risk_cases
  if [ -f examples/scan_corpus.rs ]; then
    log "scan on real lure texts and honest ads"
    cargo run --quiet --example scan_corpus
  fi
}

case "${1:-}" in
  setup) setup ;;
  build) setup; shift; build_release "$@" ;;
  serve) serve ;;
  test) run_tests ;;
  bench-notes) bench_notes ;;
  bench) bench ;;
  check-cases) check_cases ;;
  raise-counts) raise_counts ;;
  *) echo "usage: scripts/dev.sh serve|test|setup|build|bench|bench-notes|check-cases|raise-counts" >&2; exit 2 ;;
esac
