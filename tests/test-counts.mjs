// Reads what one test layer ran (a cargo test log, or Playwright's JSON
// report) and holds it to tests/test-counts.json: at least `min_passed`
// tests passed (a lost test binary or module fails), for the end-to-end
// layer at least `min_passed_per_file` in each spec file (a lost or emptied
// spec file fails even when another file gained tests), and every ignored
// or skipped test is on the layer's allow-list with its reason (a new skip,
// or a skip that is no longer there, fails: the list says what really runs).
//
//   node tests/test-counts.mjs <layer> <cargo log | playwright json>
//       checks; prints "<passed> <failed> <skipped>" on stdout for
//       scripts/dev.sh, the details and every problem on stderr; exit 1 on
//       any problem.
//   node tests/test-counts.mjs --raise <layer> <cargo log | playwright json>
//       after a run without a problem, raises the layer's minimums in
//       tests/test-counts.json to what passed (and lists new spec files);
//       never lowers one. `scripts/dev.sh raise-counts` does it for every
//       layer from the logs of the last `scripts/dev.sh test`.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const raise = args[0] === '--raise';
const [layer, file] = raise ? args.slice(1) : args;
const configUrl = new URL('./test-counts.json', import.meta.url);
const config = JSON.parse(readFileSync(configUrl, 'utf8'));
const want = config.layers[layer];
if (!want || !file) {
  console.error(`test-counts: usage: [--raise] <${Object.keys(config.layers).join('|')}> <log>`
    + (want ? '' : ` (no layer "${layer}" in tests/test-counts.json)`));
  process.exit(1);
}

/** Cargo's (and wasm-bindgen-test-runner's) libtest output. */
function fromCargo(text) {
  const run = { passed: 0, failed: 0, skipped: [], problems: [] };
  let summed = { passed: 0, failed: 0, ignored: 0 };
  let summaries = 0;
  for (const line of text.split('\n')) {
    const t = line.match(/^test (.+?) \.\.\. (ok|FAIL(?:ED)?|ignored(?:, .*)?)$/);
    if (t) {
      if (t[2] === 'ok') run.passed++;
      else if (t[2].startsWith('FAIL')) run.failed++;
      else run.skipped.push(t[1]);
      continue;
    }
    const r = line.match(/^test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/);
    if (r) {
      summaries++;
      summed = { passed: summed.passed + +r[1], failed: summed.failed + +r[2], ignored: summed.ignored + +r[3] };
    }
  }
  if (summaries === 0) run.problems.push('no "test result" line: the tests did not run to the end');
  // The per-test lines and the summaries must agree, or the format changed
  // under this script and a skip could go unseen.
  if (summed.passed !== run.passed || summed.ignored !== run.skipped.length) {
    run.problems.push(`per-test lines (${run.passed} ok, ${run.skipped.length} ignored) disagree with `
      + `the "test result" lines (${summed.passed} passed, ${summed.ignored} ignored)`);
  }
  run.failed = Math.max(run.failed, summed.failed);
  return run;
}

/** Playwright's JSON reporter: every test of every spec file. */
function fromPlaywright(report) {
  const run = { passed: 0, failed: 0, skipped: [], problems: [], perFile: {} };
  const walk = (suite, path, specFile) => {
    for (const spec of suite.specs || []) {
      const name = [...path, spec.title].join(' › ');
      for (const t of spec.tests) {
        if (t.status === 'skipped') run.skipped.push(name);
        else if (t.status === 'expected' || t.status === 'flaky') {
          run.passed++;
          run.perFile[specFile] = (run.perFile[specFile] || 0) + 1;
        } else run.failed++;
      }
    }
    for (const child of suite.suites || []) walk(child, [...path, child.title], specFile);
  };
  // The top-level suites are the spec files, named as in the config's testDir.
  for (const suite of report.suites || []) {
    run.perFile[suite.title] = run.perFile[suite.title] || 0;
    walk(suite, [suite.title], suite.title);
  }
  for (const e of report.errors || []) run.problems.push(`error: ${e.message}`);
  return run;
}

const text = readFileSync(file, 'utf8');
const run = file.endsWith('.json') ? fromPlaywright(JSON.parse(text)) : fromCargo(text);
const problems = [...run.problems];
const notes = [];
const RAISE = 'scripts/dev.sh raise-counts after a run without a problem raises it';
if (run.passed < want.min_passed) {
  problems.push(`${run.passed} tests passed, fewer than the ${want.min_passed} this layer has `
    + '(a test binary, module or spec file lost?). Lower min_passed in tests/test-counts.json only when tests were removed on purpose.');
} else if (run.passed > want.min_passed) {
  notes.push(`${run.passed} passed, min_passed is ${want.min_passed} (${RAISE})`);
}
const perFile = want.min_passed_per_file;
if (perFile) {
  for (const [spec, min] of Object.entries(perFile)) {
    const got = run.perFile?.[spec] ?? 0;
    if (got < min) {
      problems.push(`${spec}: ${got} tests passed, fewer than its ${min} (spec file lost, or tests in it?). `
        + 'Lower its count in tests/test-counts.json only when tests were removed on purpose.');
    } else if (got > min) notes.push(`${spec}: ${got} passed, its minimum is ${min} (${RAISE})`);
  }
  for (const [spec, got] of Object.entries(run.perFile || {})) {
    if (!(spec in perFile)) notes.push(`${spec}: a spec file without a minimum, ${got} passed (${RAISE})`);
  }
}
const allowed = want.allowed_skips || {};
for (const name of run.skipped) {
  if (!allowed[name]) problems.push(`skipped without a reason on the allow-list: ${name}`);
}
for (const name of Object.keys(allowed)) {
  if (!run.skipped.includes(name)) problems.push(`on the allow-list but not skipped (remove it): ${name}`);
}
if (run.failed > 0) problems.push(`${run.failed} failed`);

console.error(`${layer}: ${run.passed} passed (at least ${want.min_passed}), ${run.failed} failed, `
  + `${run.skipped.length} skipped${run.skipped.length ? ':' : ''}`);
for (const name of run.skipped) console.error(`  skipped: ${name} — ${allowed[name] || 'NOT ALLOWED'}`);
for (const n of notes) console.error(`  note (${layer}): ${n}`);
for (const p of problems) console.error(`FAILED (${layer}): ${p}`);

if (raise) {
  if (problems.length) {
    console.error(`test-counts: ${layer} not raised: fix the problems above first`);
    process.exit(1);
  }
  want.min_passed = Math.max(want.min_passed, run.passed);
  if (perFile) {
    for (const [spec, got] of Object.entries(run.perFile)) perFile[spec] = Math.max(perFile[spec] || 0, got);
    want.min_passed_per_file = Object.fromEntries(Object.entries(perFile).sort(([a], [b]) => a.localeCompare(b)));
  }
  writeFileSync(configUrl, `${JSON.stringify(config, null, 2)}\n`);
  console.error(`test-counts: ${layer} minimums now ${want.min_passed}`
    + (perFile ? ` (${Object.entries(want.min_passed_per_file).map(([f, n]) => `${f} ${n}`).join(', ')})` : ''));
  process.exit(0);
}
console.log(`${run.passed} ${run.failed} ${run.skipped.length}`);
process.exit(problems.length ? 1 : 0);
