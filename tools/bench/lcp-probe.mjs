// One Lighthouse run per route (mobile, simulated slow 4G), printing what the
// bench's medians hide: the largest-paint element, its breakdown, and every
// request with its start and end, to see what is on the path to that paint.
//   node tools/bench/lcp-probe.mjs [dist] [/,/check,/quiz]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../serve.mjs';
const server = await startServer(process.argv[2] || 'dist', 0, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
for (const p of (process.argv[3] || '/,/check,/quiz').split(',')) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const { lhr } = await lighthouse(origin + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  await chrome.kill();
  const a = lhr.audits;
  console.log(p, 'perf', Math.round(lhr.categories.performance.score * 100), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0), 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'SI', a['speed-index'].numericValue.toFixed(0), 'TBT', a['total-blocking-time'].numericValue.toFixed(0));
  for (const id of ['largest-contentful-paint-element', 'lcp-breakdown-insight', 'lcp-discovery-insight']) {
    const d = a[id]?.details; if (!d) continue;
    console.log(' ', id, JSON.stringify(d).slice(0, 900));
  }
  const nr = a['network-requests']?.details?.items || [];
  for (const r of nr) console.log('   ', r.url.replace(origin, ''), 'start', r.networkRequestTime?.toFixed(0), 'end', r.networkEndTime?.toFixed(0), 'xfer', r.transferSize);
  for (const k of ['first-contentful-paint','largest-contentful-paint','speed-index','total-blocking-time','cumulative-layout-shift','interactive']) console.log('  score', k, a[k].score);
}
server.close();
