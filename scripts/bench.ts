// npm run bench: engine speed, printed side by side in one run with one plain compromise
// parse of the same text as the yardstick. Figures, not pass/fail: see the README.
import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { resolveConfig } from '../rules/config.ts';
import { check } from '../rules/engine.ts';

const config = resolveConfig([
  {
    source: 'file',
    value: {
      colleagues: ['Tom Reed', 'Priya Shah', 'Gemma Lowe'],
      organisation: { officialAccounts: ['LLTownCouncil'] },
      organisations: [{ name: 'Greenway Grounds Ltd', aliases: ['Greenway'], approved: false }],
    },
  },
]).config;

const CLEAN_SENTENCES = [
  'Lovely morning for a walk along the canal towards Linslade, the towpath is looking great after the rain.',
  'Big thanks to everyone who came down to the market on Saturday, the cake stall sold out by eleven!',
  'Does anyone know if the leisure centre pool is open on bank holiday Monday?',
  'The fireworks were brilliant this year, well done to all the volunteers who made it happen.',
  'Reminder that the library has a free coding club for kids on Tuesdays after school.',
  'Parking near the station was a nightmare today, took me twenty minutes to find a space.',
  'Spotted a heron by the lake at Tiddenfoot again, such a beautiful bird to watch.',
  'Our allotment finally produced some decent tomatoes this summer, very proud of them.',
];
const FLAGGED_SENTENCES = [
  'Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets.',
  'LLTC are an absolute shambles, cannot even empty the bins.',
  'Between you and me, the pool closes next year. Not announced yet!',
  'Tom Reed from work lives at 4 Mill Road, LU7 2PP.',
  'Vote Green on Thursday!',
];

function build(length: number, sentences: string[], extra: string[] = []): string {
  const parts: string[] = [];
  let i = 0;
  let total = 0;
  const pool = [...sentences];
  while (total < length) {
    const s = i % 4 === 3 && extra.length ? extra[(i >> 2) % extra.length]! : pool[i % pool.length]!;
    parts.push(s);
    total += s.length + 1;
    i++;
  }
  return parts.join(' ').slice(0, length);
}

function time(fn: () => unknown, budgetMs = 1500, minRuns = 20): { median: number; p95: number; runs: number } {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < minRuns || performance.now() < until) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    if (samples.length > 5000) break;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(2)} ms`;
const ctx = { mode: 'personal' as const, field: 'post' as const, site: 'facebook' as const };

const cases = [
  { name: '280 chars, clean', text: build(280, CLEAN_SENTENCES) },
  {
    name: '280 chars, with findings',
    text: build(280, [FLAGGED_SENTENCES[1]!, CLEAN_SENTENCES[0]!, FLAGGED_SENTENCES[3]!]),
  },
  { name: '5,000 chars, clean', text: build(5000, CLEAN_SENTENCES) },
  { name: '5,000 chars, with findings', text: build(5000, CLEAN_SENTENCES, FLAGGED_SENTENCES) },
];

console.log(`Preflight benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('Per check: median and p95 over repeated runs in this process (warm caches, as in the browser).\n');
const header = [
  'draft',
  'findings',
  'engine median',
  'engine p95',
  'compromise median',
  'compromise p95',
  'engine / compromise',
];
const rows: string[][] = [header];
for (const c of cases) {
  const findings = check(c.text, ctx, config).findings.length;
  const engine = time(() => check(c.text, ctx, config));
  const parse = time(() => nlp(c.text));
  rows.push([
    c.name,
    String(findings),
    ms(engine.median),
    ms(engine.p95),
    ms(parse.median),
    ms(parse.p95),
    `${(engine.median / parse.median).toFixed(2)}×`,
  ]);
}

// Typing: the content script re-checks after each keystroke; this is one keystroke's re-check
// of a draft that already has findings (the text grows by one character each run).
for (const size of [280, 5000]) {
  const base = build(size, CLEAN_SENTENCES, FLAGGED_SENTENCES);
  let n = 0;
  const keystroke = time(() => check(`${base}${'x'.repeat(++n % 50)}`, ctx, config));
  const parse = time(() => nlp(base));
  rows.push([
    `${size.toLocaleString('en-GB')} chars, re-check per keystroke`,
    '',
    ms(keystroke.median),
    ms(keystroke.p95),
    ms(parse.median),
    ms(parse.p95),
    `${(keystroke.median / parse.median).toFixed(2)}×`,
  ]);
}

const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

// A 1 MB paste must give a result, not a hang.
const huge = build(1_000_000, CLEAN_SENTENCES, FLAGGED_SENTENCES);
const t = performance.now();
const hugeFindings = check(huge, ctx, config).findings.length;
console.log(`\n1 MB paste: ${ms(performance.now() - t)} for one check, ${hugeFindings} findings.`);
