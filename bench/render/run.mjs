// `npm run bench:render`: cold loads of the same one-page SKM survey (bench/render/survey.mjs) by Masukan's script-tag
// build (definition property, inline JSON, src), by SurveyJS's script-tag build, and an empty control page, in headless
// Chromium, unthrottled and CPU throttled. Figures, not assertions; see bench/render/README.md for what each one means.
//
//   LOADS=15         loads per page and throttle rate (round-robin: each round loads every page once per rate)
//   RATES=1,4        CPU throttle rates (CDP Emulation.setCPUThrottlingRate)
//   PAGES=a,b        a subset of: empty, masukan-property, masukan-inline, masukan-src, surveyjs
//   MASUKAN_FILE=f   serve another masukan.min.js; default dist/masukan.min.js
//   BASELINE=f       A/B in one run: each Masukan page is also loaded with masukan.min.js from f (next to it: the
//                    files it fetches), as the page "<name>@baseline", alternated with the others
//   SERVE=1          only serve the pages and print their URLs
//   SHOTS=1          also save a full-page screenshot of each page, rendered and after submit (first round)
//   CHROMIUM=path    the browser (default /usr/bin/chromium)
//   TRACED=5         rounds that also make one traced load per page and rate, for the script figures (0: none)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, ownTicks } from '../chromium.mjs';
import { PAGES, startServer } from './pages.mjs';
import { RATING_KEYS, expectedAnswers } from './survey.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const env = process.env;
const LOADS = Number(env.LOADS ?? 15);
const RATES = (env.RATES ?? '1,4').split(',').map(Number);
const CHOSEN = env.PAGES ? env.PAGES.split(',') : Object.keys(PAGES);
/** Page names as loaded: "<page>" from the bench server, "<page>@baseline" from the one serving BASELINE. */
const PAGE_NAMES = env.BASELINE
  ? CHOSEN.flatMap(name => (name.startsWith('masukan') ? [name, `${name}@baseline`] : [name]))
  : CHOSEN;
const CHROMIUM = env.CHROMIUM ?? '/usr/bin/chromium';
const TRACED = Math.min(LOADS, Number(env.TRACED ?? 5));
const VIEWPORT = { width: 1280, height: 800 };
/** Other processes using more than this many cores during a load make it "disturbed". */
const DISTURBED_CORES = 0.3;
const OUT = join(root, 'bench-results');

for (const name of CHOSEN) if (!PAGES[name]) throw new Error(`unknown page ${name}; pages: ${Object.keys(PAGES)}`);

let mainServer, baselineServer;
try {
  mainServer = await startServer({ masukanFile: env.MASUKAN_FILE || undefined });
  if (env.BASELINE) baselineServer = await startServer({ masukanFile: env.BASELINE });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
  const built = !env.MASUKAN_FILE && error.path === join(root, 'dist/masukan.min.js');
  console.error(`${error.path} is missing${built ? ': run `npm run build` first' : ''}.`);
  process.exit(1);
}

if (env.SERVE) {
  console.log(`Serving the render benchmark at ${mainServer.origin}/ (Ctrl-C to stop):`);
  for (const name of Object.keys(PAGES)) console.log(`  ${mainServer.origin}/${name}.html`);
  await new Promise(() => {});
}

/**
 * Runs in every page before its own scripts (context.addInitScript). Watches the DOM, shadow roots included, for the
 * page's controls (`probe.ready`: [selector, how many] pairs) and records, on `window.bench`, with performance.now()
 * (milliseconds since navigation start):
 *   ready   when they are all in the DOM (the empty page: DOMContentLoaded),
 *   paint   the first frame after that (a task queued from requestAnimationFrame runs after the frame is produced),
 *   longTasks   [start, duration] of every task over 50 ms,
 *   firstTap    the first pointerdown's timestamp, and stored, when the response is in IndexedDB: for Masukan when its
 *   thank-you view (`probe.stored`) appears, for SurveyJS when the page calls benchStored() from the transaction's
 *   oncomplete.
 */
function installProbe(probe) {
  const bench = { ready: undefined, paint: undefined, firstTap: undefined, stored: undefined, longTasks: [] };
  window.bench = bench;
  const roots = [document];
  const count = selector => roots.reduce((sum, root) => sum + root.querySelectorAll(selector).length, 0);
  const exists = selector => roots.some(root => root.querySelector(selector));
  let rendered;
  bench.rendered = new Promise(resolve => (rendered = resolve));
  let stored;
  bench.storedPromise = new Promise(resolve => (stored = resolve));
  bench.loaded = new Promise(resolve => addEventListener('load', resolve, { once: true }));
  bench.roots = roots;

  const markReady = () => {
    bench.ready = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.paint = performance.now();
        performance.mark('bench-paint');
        rendered();
      }),
    );
  };
  window.benchStored = () => {
    if (bench.firstTap === undefined || bench.stored !== undefined) return;
    bench.stored = performance.now();
    stored();
  };
  const check = () => {
    if (bench.ready === undefined && probe.ready?.every(([selector, min]) => count(selector) >= min)) markReady();
    if (probe.stored && bench.firstTap !== undefined && exists(probe.stored)) window.benchStored();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadowRoot = attachShadow.call(this, init);
    roots.push(shadowRoot);
    observer.observe(shadowRoot, { childList: true, subtree: true });
    return shadowRoot;
  };
  if (!probe.ready) document.addEventListener('DOMContentLoaded', markReady, { once: true });

  new PerformanceObserver(list => {
    for (const task of list.getEntries()) bench.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerdown', event => (bench.firstTap ??= event.timeStamp), { capture: true });
}

// --- CPU used by other processes -------------------------------------------------------------------------------------

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Busy jiffies of the whole machine (user, nice, system, irq, softirq, steal), from /proc/stat. */
function machineTicks() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return user + nice + system + irq + softirq + steal;
}

const cpuSample = () => ({ at: performance.now(), machine: machineTicks(), ours: ownTicks() });

/** Cores used by processes outside this benchmark (and its browser) between two samples. */
function otherCores(start, end) {
  let ours = 0;
  for (const [pid, ticks] of end.ours) ours += ticks - (start.ours.get(pid) ?? 0);
  for (const [pid, ticks] of start.ours) if (!end.ours.has(pid)) ours -= ticks; // now in its parent's cutime
  const seconds = (end.at - start.at) / 1000;
  return Math.max(0, (end.machine - start.machine - ours) / TICKS_PER_SECOND / seconds);
}

// --- The browser -----------------------------------------------------------------------------------------------------

// --- One load --------------------------------------------------------------------------------------------------------

const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];
const JS_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.evaluateModule']);

/** Total length of a set of [start, end] intervals, overlaps counted once. */
function unionLength(intervals) {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of intervals.sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/**
 * From the trace of one load: evaluation of the library's own script files (compile and top-level run: EvaluateScript
 * events of their URLs), all JavaScript on the page's main thread from navigation to the paint (EvaluateScript,
 * FunctionCall, RunMicrotasks, module evaluation; nested events counted once), and JavaScript the browser ran for its
 * own chrome:// pages meanwhile (should be 0).
 */
function traceFigures(trace, scripts, paint) {
  const events = trace.traceEvents;
  const mark = events.find(event => event.name === 'bench-paint');
  if (!mark) throw new Error('the trace has no bench-paint mark');
  const onMain = event => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X';
  // trace timestamps (µs) to the page's performance.now() (ms)
  const toPage = ts => paint + (ts - mark.ts) / 1000;
  const url = event => event.args?.data?.url ?? '';
  const scriptEval = events
    .filter(
      event => onMain(event) && event.name === 'EvaluateScript' && scripts.some(path => url(event).endsWith(path)),
    )
    .reduce((sum, event) => sum + event.dur / 1000, 0);
  const js = events
    .filter(event => onMain(event) && JS_EVENTS.has(event.name))
    .map(event => [toPage(event.ts), toPage(event.ts + event.dur)])
    .filter(([start]) => start >= 0 && start < paint)
    .map(([start, end]) => [start, Math.min(end, paint)]);
  const browserUiJs = events
    .filter(event => event.ph === 'X' && JS_EVENTS.has(event.name) && url(event).startsWith('chrome://'))
    .reduce((sum, event) => sum + event.dur / 1000, 0);
  return { scriptEval, jsUntilPaint: unionLength(js), browserUiJs };
}

const heapUsed = async cdp =>
  (await cdp.send('Performance.getMetrics')).metrics.find(metric => metric.name === 'JSHeapUsedSize').value;

/** Centres of the options to tap (option i % 4 of the i-th rating) and of the submit button, in viewport pixels. */
function tapTargets({ probe, keys }) {
  const { roots } = window.bench;
  const find = selector => roots.map(root => root.querySelector(selector)).find(Boolean);
  const centre = (element, what) => {
    if (!element) throw new Error(`${what} not found`);
    const box = element.getBoundingClientRect();
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const root = element.getRootNode();
    if (!element.contains(root.elementFromPoint(point.x, point.y))) throw new Error(`${what} is covered or off screen`);
    return point;
  };
  const options = keys.map((key, i) => {
    const question = find(probe.question.replace('KEY', key));
    return centre(question?.querySelectorAll(probe.option)[i % 4], `option ${i % 4} of ${key}`);
  });
  return [...options, centre(find(probe.submit), 'the submit button')];
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * One cold load of page `name` at CPU throttle `rate` in a fresh context. A `traced` load records a trace for the script
 * figures and stops after the render; the others are the timed loads (tracing would slow the pages down, SurveyJS's
 * more than Masukan's) and go on with the taps.
 */
async function load(browser, name, rate, { traced, shots }) {
  const [pageName, variant] = name.split('@');
  const page = PAGES[pageName];
  const server = variant ? baselineServer : mainServer;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installProbe, page.probe);
  const tab = await context.newPage();
  const thirdParty = [];
  tab.on('request', request => {
    if (!request.url().startsWith(server.origin)) thirdParty.push(request.url());
  });
  const errors = [];
  tab.on('pageerror', error => errors.push(error.message));
  tab.on('console', message => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  const cpuStart = cpuSample();
  server.requests.length = 0;
  if (traced) await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  await tab.goto(`${server.origin}/${pageName}.html`, { waitUntil: 'commit' });
  // Rendered and painted, then the load event, then the main thread idle (whatever a library does after its first
  // paint still counts towards long tasks and heap).
  const { ready, paint } = await tab.evaluate(async () => {
    await window.bench.rendered;
    await window.bench.loaded;
    await new Promise(resolve => requestIdleCallback(resolve, { timeout: 3000 }));
    return { ready: window.bench.ready, paint: window.bench.paint };
  });
  const settled = await tab.evaluate(() => performance.now());
  const trace = traced && JSON.parse(await browser.stopTracing());
  const heap = await heapUsed(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGc = await heapUsed(cdp);
  const longTasks = (await tab.evaluate(() => window.bench.longTasks)).filter(([start]) => start < settled);
  const loaded = [...server.requests];
  const scripts = loaded.filter(request => request.endsWith('.js')).map(request => request.split(' ')[1]);
  const gzipBytes = loaded.reduce((sum, request) => sum + (server.gzipBytes(request.split(' ')[1]) ?? 0), 0);

  const result = {
    page: name,
    rate,
    traced,
    ready,
    paint,
    ...(trace && traceFigures(trace, scripts, paint)),
    gzipBytes,
    heap,
    heapAfterGc,
    longTaskCount: longTasks.length,
    longTaskMax: Math.max(0, ...longTasks.map(([, duration]) => duration)),
    longTaskTotal: longTasks.reduce((sum, [, duration]) => sum + duration, 0),
    requests: loaded,
  };

  if (shots) await tab.screenshot({ path: join(OUT, `render-${name}-${rate}x.png`), fullPage: true });
  if (page.probe.ready && !traced) Object.assign(result, await tapAndSubmit(tab, cdp, page.probe, server));
  if (shots) await tab.screenshot({ path: join(OUT, `render-${name}-${rate}x-submitted.png`), fullPage: true });

  result.otherCores = otherCores(cpuStart, cpuSample());
  result.thirdParty = thirdParty;
  result.errors = errors;
  await context.close();
  return result;
}

/**
 * Nine rating taps and the submit click, dispatched with CDP Input.dispatchMouseEvent all at once (each press and
 * release queued without waiting), timed in the page from the first pointerdown until the response is in IndexedDB;
 * then checks that the POSTed response holds the nine tapped answers.
 */
async function tapAndSubmit(tab, cdp, probe, server) {
  // Every option on screen at once: the viewport as tall as the page.
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewportSize({ width: VIEWPORT.width, height });
  await tab.evaluate(nextFrame);
  const targets = await tab.evaluate(tapTargets, { probe, keys: RATING_KEYS });
  const posted = server.nextPost();
  const mouse = (type, { x, y }) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mousePressed' ? 1 : 0,
      clickCount: 1,
    });
  await Promise.all(targets.flatMap(point => [mouse('mousePressed', point), mouse('mouseReleased', point)]));
  const { firstTap, stored } = await tab.evaluate(async () => {
    await Promise.race([window.bench.storedPromise, new Promise(resolve => setTimeout(resolve, 15000))]);
    return { firstTap: window.bench.firstTap, stored: window.bench.stored };
  });
  const response = await posted;
  const answers = response?.answers ?? {};
  const wrong = RATING_KEYS.filter(key => answers[key] !== expectedAnswers[key]);
  return {
    taps: stored === undefined ? NaN : stored - firstTap,
    answersOk: response !== undefined && wrong.length === 0,
    answers: response?.answers,
  };
}

// --- Figures ---------------------------------------------------------------------------------------------------------

const percentile = (values, p) => {
  const sorted = values.filter(value => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};
const KiB = 1024;
const MiB = 1024 * 1024;

/** The rows of the table: label, field of a load, unit, decimals, and whether it comes from the traced loads. */
const METRICS = [
  ['all questions in the DOM (ms)', 'ready', 1, 0],
  ['first paint after (ms)', 'paint', 1, 0],
  ['script evaluation (ms, traced)', 'scriptEval', 1, 0, true],
  ['all JS until paint (ms, traced)', 'jsUntilPaint', 1, 0, true],
  ['JS+CSS gzip -9 (KiB)', 'gzipBytes', KiB, 1],
  ['JS heap after render (MiB)', 'heap', MiB, 2],
  ['JS heap after GC (MiB)', 'heapAfterGc', MiB, 2],
  ['long tasks > 50 ms (count)', 'longTaskCount', 1, 0],
  ['longest task (ms)', 'longTaskMax', 1, 0],
  ['long tasks, total (ms)', 'longTaskTotal', 1, 0],
  ['9 taps + submit → stored (ms)', 'taps', 1, 0],
  ['other processes (cores)', 'otherCores', 1, 2],
];

const format = (value, digits) =>
  Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const isDisturbed = load => load.otherCores > DISTURBED_CORES;
const QUIET_FIELDS = {
  ready: 'all questions in the DOM',
  paint: 'first paint after',
  taps: '9 taps + submit → stored',
};

/** Median and p90 of each figure, by rate and page: timed loads, or traced loads for the script figures. */
function summarize(results) {
  const summary = {};
  for (const rate of RATES)
    for (const name of PAGE_NAMES) {
      const loads = results.filter(result => result.page === name && result.rate === rate);
      const timed = loads.filter(load => !load.traced);
      const traced = loads.filter(load => load.traced);
      const figures = {
        n: timed.length,
        nTraced: traced.length,
        disturbed: timed.filter(isDisturbed).length,
        disturbedTraced: traced.filter(isDisturbed).length,
      };
      for (const [, field, unit, , fromTrace] of METRICS) {
        const values = (fromTrace ? traced : timed).map(load => (load[field] ?? NaN) / unit);
        figures[field] = { p50: percentile(values, 50), p90: percentile(values, 90) };
      }
      // The timings again from the undisturbed loads alone, to see how much the machine's load moved them.
      const quiet = timed.filter(load => !isDisturbed(load));
      figures.undisturbed = { n: quiet.length };
      for (const field of Object.keys(QUIET_FIELDS))
        figures.undisturbed[field] = percentile(
          quiet.map(load => load[field] ?? NaN),
          50,
        );
      (summary[`${rate}x`] ??= {})[name] = figures;
    }
  return summary;
}

/** A Markdown table, columns padded. */
const table = rows => {
  const widths = rows[0].map((_, column) => Math.max(3, ...rows.map(row => row[column].length)));
  const line = row =>
    `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (i ? '-'.repeat(width - 1) + ':' : '-'.repeat(width))).join(' | ')} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
};

function printSummary(summary) {
  const masukan = PAGE_NAMES.filter(name => name.startsWith('masukan'));
  for (const rate of RATES) {
    const figures = summary[`${rate}x`];
    const { n, nTraced } = figures[PAGE_NAMES[0]];
    console.log(`\nCPU ${rate}×: median (p90) of ${n} timed loads per page (script figures: ${nTraced} traced loads)`);
    const rows = [['', ...PAGE_NAMES]];
    for (const [label, field, , digits] of METRICS)
      rows.push([
        label,
        ...PAGE_NAMES.map(name => {
          const { p50, p90 } = figures[name][field];
          return `${format(p50, digits)} (${format(p90, digits)})`;
        }),
      ]);
    for (const [field, label] of Object.entries(QUIET_FIELDS))
      rows.push([
        `undisturbed loads only: ${label} (ms)`,
        ...PAGE_NAMES.map(name => {
          const { n, [field]: p50 } = figures[name].undisturbed;
          return `${format(p50, 0)} (n=${n})`;
        }),
      ]);
    rows.push([
      `disturbed loads (> ${DISTURBED_CORES} cores elsewhere)`,
      ...PAGE_NAMES.map(name => `${figures[name].disturbed} (traced ${figures[name].disturbedTraced})`),
    ]);
    console.log(table(rows));

    if (!masukan.length || !(figures.surveyjs || figures.empty)) continue;
    const ratioRows = [['medians', ...masukan]];
    const ratio = (label, field, digits = 2) =>
      ratioRows.push([
        `Masukan / SurveyJS: ${label}`,
        ...masukan.map(name => format(figures[name][field].p50 / figures.surveyjs[field].p50, digits)),
      ]);
    const minus = (label, field, digits = 0) =>
      ratioRows.push([
        `Masukan − empty: ${label}`,
        ...masukan.map(name => format(figures[name][field].p50 - figures.empty[field].p50, digits)),
      ]);
    if (figures.surveyjs) {
      ratio('all questions in the DOM', 'ready');
      ratio('first paint after', 'paint');
      ratio('script evaluation', 'scriptEval');
      ratio('9 taps + submit → stored', 'taps');
      ratio('JS heap after render', 'heap');
      ratio('JS+CSS gzip', 'gzipBytes', 3);
    }
    if (figures.empty) {
      minus('all questions in the DOM (ms)', 'ready');
      minus('first paint after (ms)', 'paint');
      minus('JS heap after render (MiB)', 'heap', 2);
    }
    console.log(`\n${table(ratioRows)}`);
  }
}

/** One line per load, with whatever is wrong with it. */
function printLoad(result, round) {
  const notes = [
    result.traced && 'traced',
    isDisturbed(result) && `disturbed: ${result.otherCores.toFixed(2)} cores elsewhere`,
    result.browserUiJs > 0 && `browser UI JS ${result.browserUiJs.toFixed(0)} ms`,
    result.answersOk === false && `STORED ANSWERS WRONG: ${JSON.stringify(result.answers)}`,
    result.thirdParty.length && `THIRD-PARTY REQUESTS: ${result.thirdParty.join(' ')}`,
    result.errors.length && `ERRORS: ${result.errors.join(' | ')}`,
  ].filter(Boolean);
  const ms = value => `${format(value ?? NaN, 0).padStart(5)} ms`;
  console.log(
    `round ${round + 1}/${LOADS} ${result.rate}× ${result.page.padEnd(16)} DOM ${ms(result.ready)}, ` +
      `paint ${ms(result.paint)}, taps ${ms(result.taps)}` +
      (notes.length ? `  (${notes.join('; ')})` : ''),
  );
}

// --- Main ------------------------------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium(CHROMIUM);
const started = new Date();
const loadAverage = [loadavg()];
console.log(
  `render benchmark: ${PAGE_NAMES.join(', ')} × CPU ${RATES.join('×, ')}× × ${LOADS} loads ` +
    `(+ ${TRACED} traced), Chromium ${browser.version()}, ${availableParallelism()} cores, ` +
    `load average ${loadavg()[0].toFixed(2)}` +
    (env.MASUKAN_FILE ? `, masukan.min.js from ${env.MASUKAN_FILE}` : '') +
    (env.BASELINE ? `, baseline ${env.BASELINE}` : ''),
);
const results = [];
for (let round = 0; round < LOADS; round++) {
  for (const rate of RATES) {
    // a different page goes first in each round
    const order = PAGE_NAMES.map((_, i) => PAGE_NAMES[(i + round) % PAGE_NAMES.length]);
    for (const name of order) {
      const runs = round < TRACED ? [false, true] : [false];
      for (const traced of runs) {
        const result = await load(browser, name, rate, { traced, shots: env.SHOTS && round === 0 && !traced });
        results.push(result);
        printLoad(result, round);
      }
    }
  }
  loadAverage.push(loadavg());
}
await browser.close();
await mainServer.close();
await baselineServer?.close();

const summary = summarize(results);
printSummary(summary);
const disturbed = results.filter(isDisturbed).length;
const wrong = results.filter(result => result.answersOk === false).length;
const thirdParty = results.filter(result => result.thirdParty.length).length;
console.log(
  `\n${disturbed} of ${results.length} loads disturbed (other processes used > ${DISTURBED_CORES} cores); ` +
    `load average (1 min) ${loadAverage.map(([one]) => one.toFixed(2)).join(' → ')}\n` +
    `stored responses with wrong answers: ${wrong}; loads with third-party requests: ${thirdParty}`,
);
const file = join(OUT, 'render.json');
writeFileSync(
  file,
  JSON.stringify(
    {
      started,
      chromium: browser.version(),
      loads: LOADS,
      traced: TRACED,
      rates: RATES,
      pages: PAGE_NAMES,
      masukanFile: env.MASUKAN_FILE || 'dist/masukan.min.js',
      disturbedCores: DISTURBED_CORES,
      loadAverage,
      summary,
      results: results.map(({ answers, ...result }) => result),
    },
    null,
    1,
  ),
);
console.log(`wrote ${file}`);
