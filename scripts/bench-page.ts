// The content script's cost to the page, measured in Debian's Chromium on the e2e fixture pages
// (real Draft.js and Lexical editors), with and without the built extension, side by side in one
// run. Prints figures; asserts nothing (see README "Speed").
//
//   npm run build && node scripts/bench-page.ts [--rounds N]
//
// - Added input latency: for every keystroke, keydown → the next frame (a requestAnimationFrame
//   then a task: the same end point INP uses), typed like a person (pauses long enough for live
//   checks to run and paint between words) so the checks' own painting is counted too.
// - Page load: the CPU time V8's sampling profiler attributes to the content script's own
//   functions from navigation to idle, and the page's main-thread script and task time (CDP
//   Performance metrics) with and without the extension, for context (those two are noisy).
// - Size: the content scripts, gzipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import globalSetup from '../tests/e2e/global-setup.ts';
import { BROWSER_ARGS, EXTENSION_PATH, URLS, routeFixtures } from '../tests/e2e/harness.ts';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension
    ? [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...BROWSER_ARGS]
    : [...BROWSER_ARGS];
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  await routeFixtures(context);
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (!worker.url().startsWith('chrome-extension://')) throw new Error('the extension did not load');
  }
  return context;
}

/** Records keydown → next frame for every keystroke, in the page's main world. */
const PROBE = () => {
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - t0), 0));
    },
    true,
  );
};

// A draft with findings, typed word by word with human pauses: checks run and paint mid-typing.
const DRAFT =
  'Honestly the parking at the White House is a joke. Email me at sam.jones@leightonlinslade-tc.gov.uk ' +
  'or ring 07700 900123 and I will tell you what the councillors said in the private meeting. ';

async function typeLikeAPerson(page: Page): Promise<void> {
  for (const word of DRAFT.split(/(?<= )/)) {
    await page.keyboard.type(word, { delay: 35 });
    await page.waitForTimeout(word.endsWith('. ') ? 450 : 60);
  }
}

interface Editor {
  name: string;
  url: string;
  open: (page: Page) => Promise<void>;
}

const EDITORS: Editor[] = [
  {
    name: 'X (Draft.js)',
    url: URLS.xHome,
    open: async (page) => {
      await page.getByTestId('tweetTextarea_0').click();
    },
  },
  {
    name: 'Facebook (Lexical)',
    url: URLS.facebook,
    open: async (page) => {
      await page.getByRole('button', { name: "What's on your mind?" }).first().click();
      await page.locator('[role="dialog"] [data-lexical-editor]').click();
    },
  },
];

async function keystrokes(context: BrowserContext, editor: Editor): Promise<number[]> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(editor.url);
  await page.waitForTimeout(800);
  await editor.open(page);
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
  await typeLikeAPerson(page);
  await page.waitForTimeout(600);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  await page.close();
  return latencies;
}

interface Load {
  script: number;
  task: number;
  /** CPU time sampled inside the extension's own scripts (its content script) from navigation to idle. */
  own: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

async function pageLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500); // document_idle, the first scan, the late composer
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  // Self time of every sample whose function lives in a chrome-extension:// script.
  const ownNodes = new Set(
    profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id),
  );
  let own = 0;
  profile.samples.forEach((node, i) => {
    if (ownNodes.has(node)) own += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  await page.close();
  return { script: get('ScriptDuration'), task: get('TaskDuration'), own };
}

function sizes(): { file: string; raw: number; gz: number }[] {
  const dir = path.join(EXTENSION_PATH, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const out = files.map((f) => {
    const data = readFileSync(path.join(dir, f));
    return {
      file: `content-scripts/${f}`,
      raw: statSync(path.join(dir, f)).size,
      gz: gzipSync(data, { level: 9 }).length,
    };
  });
  const bg = readFileSync(path.join(EXTENSION_PATH, 'background.js'));
  out.push({ file: 'background.js (engine)', raw: bg.length, gz: gzipSync(bg, { level: 9 }).length });
  return out;
}

await globalSetup();
console.log(`Content script cost in Chromium (${rounds} rounds each, medians; without vs with the extension)\n`);

const latency = new Map<string, { without: number[]; with: number[] }>();
const load = new Map<string, { without: Load[]; with: Load[] }>();
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first so warm-up and machine noise fall on both alike.
  for (const withExtension of round % 2 ? [true, false] : [false, true]) {
    const context = await launch(withExtension);
    const key = withExtension ? 'with' : 'without';
    for (const editor of EDITORS) {
      const l = latency.get(editor.name) ?? { without: [], with: [] };
      l[key].push(...(await keystrokes(context, editor)));
      latency.set(editor.name, l);
      const p = load.get(editor.name) ?? { without: [], with: [] };
      p[key].push(await pageLoad(context, editor.url));
      load.set(editor.name, p);
    }
    await context.close();
  }
}

console.log('Keystroke → next frame (typed with pauses, live checks painting mid-typing)');
console.log('| editor | keystrokes | without: median / p95 | with: median / p95 | added (median) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, l] of latency) {
  console.log(
    `| ${name} | ${l.with.length} | ${ms(median(l.without))} / ${ms(p95(l.without))} | ${ms(median(l.with))} / ${ms(p95(l.with))} | ${ms(median(l.with) - median(l.without))} |`,
  );
}
console.log('\nPage load, navigation to idle: CPU time sampled in the content script itself, and the page main thread');
console.log('(CDP ScriptDuration / TaskDuration) without and with the extension');
console.log('| page | content script (sampled) | script without | script with | task without | task with |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, p] of load) {
  const m = (key: keyof Load, side: 'with' | 'without') => ms(median(p[side].map((x) => x[key])));
  console.log(
    `| ${name} | ${m('own', 'with')} | ${m('script', 'without')} | ${m('script', 'with')} | ${m('task', 'without')} | ${m('task', 'with')} |`,
  );
}
console.log('\nSize');
console.log('| file | raw | gzipped |');
console.log('| --- | --- | --- |');
for (const s of sizes())
  console.log(`| ${s.file} | ${(s.raw / 1024).toFixed(1)} KB | ${(s.gz / 1024).toFixed(1)} KB |`);
