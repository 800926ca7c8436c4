import { chromium } from '@playwright/test';
import { chromiumPath } from './tests/chromium.js';
import { benchBrowserArgs } from './scripts/bench/loads.js';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: benchBrowserArgs() });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:4190/?src=http://127.0.0.1:4191/data/lean-1000000-v1.json&expand=all`);
await page.waitForFunction(() => performance.getEntriesByName('tiaokuai:repeats-shared').length > 0, null, { timeout: 120000 });
await page.evaluate(() => { window.__lf = []; new PerformanceObserver((l) => window.__lf.push(...l.getEntries())).observe({ type: 'long-animation-frame' }); });
const box = page.getByRole('combobox', { name: '搜索' });
let t2 = 0;
for (const [i, query] of ['jiangsu', 'zhejiang'].entries()) {
  const start = await page.evaluate(() => performance.now());
  if (i === 1) { t2 = start; globalThis.cdp = await page.context().newCDPSession(page); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await box.click(); if (i === 0) await page.waitForTimeout(400);
  await box.fill(''); await box.pressSequentially(query, { delay: 60 });
  const results = page.locator(`#search-results[data-query="${query}"] li[data-id]`);
  await results.first().waitFor({ timeout: 120000 });
  console.log(query, Math.round((await page.evaluate(() => performance.now())) - start));
  const id = await results.first().getAttribute('data-id');
  await page.waitForTimeout(500);
  await box.press('Enter');
  await page.waitForFunction((id) => document.querySelector(`[data-testid="details"]`)?.getAttribute('data-details-of') === id, id, { timeout: 120000 });
  await page.waitForTimeout(500);
}
const frames = await page.evaluate((t2) => window.__lf.filter((e) => e.startTime > t2 - 10 && e.duration > 100).map((e) => ({ at: Math.round(e.startTime - t2), d: Math.round(e.duration), block: Math.round(e.blockingDuration), render: Math.round(e.renderStart ? e.renderStart - e.startTime : -1), s: e.scripts.filter((s) => s.duration > 5).map((s) => `${s.invokerType}:${s.invoker.slice(0, 40)}:${s.sourceFunctionName}:${s.sourceURL.replace(/.*\//, '')}:${s.sourceCharPosition}:${Math.round(s.startTime - e.startTime)}+${Math.round(s.duration)}`) })), t2);
console.log(JSON.stringify(frames, null, 1).slice(0, 3000));
const { profile: p } = await cdp.send('Profiler.stop');
const byId = new Map(p.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = {};
for (let i = 0; i < p.samples.length; i++) { const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; let n = byId.get(p.samples[i]); const seen = new Set(); while (n) { const f = n.callFrame; const kk = `${f.functionName || '(anon)'}@${f.url.replace(/.*\//, '')}:${f.lineNumber}:${f.columnNumber}`; if (!seen.has(kk)) { incl[kk] = (incl[kk] || 0) + dt; seen.add(kk); } n = byId.get(parent.get(n.id)); } }
for (const [k, v] of Object.entries(incl).filter(([k]) => !/idle|program|root/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log('incl', v.toFixed(0).padStart(5), k);
await browser.close();
