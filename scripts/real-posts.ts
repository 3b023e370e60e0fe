// npm run corpus -- --real: how the tone rules do on posts real people wrote, and how quiet the
// council-context rules stay on everyday posts, beside two free lexical profanity filters.
//
// Reads ../shared/real-posts/ (TweetEval's OLID, HatEval and everyday tweets; see its README for
// what the labels mean and the terms of use: we measure with it and ship none of it). Prints,
// in one run:
//   - OLID validation: precision, recall and F1 on the offensive class, and macro-F1;
//   - HatEval validation: recall on hateful posts;
//   - everyday-train: error/warning findings from the council-context rules, per rule;
// for Preflight and, where it applies, the peers (obscenity, @2toad/profanity).
//
//   --split train       OLID and HatEval train splits instead of validation (for finding families)
//   --verbose           every everyday false alarm with its excerpt, and Preflight's OLID misses
//   --gate              exit 1 if Preflight falls below the regression floor (REAL_FLOOR)
//   --json              the figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { Profanity } from '@2toad/profanity';
import { DEFAULT_CONFIG, type Config } from '../rules/config.ts';
import { check } from '../rules/engine.ts';
import type { CheckContext, Finding } from '../rules/types.ts';

export const REAL_POSTS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'real-posts');

/** A draft counts as flagged for tone when one of these fires, at any severity. */
export const TONE_RULES: ReadonlySet<string> = new Set([
  'offensive-language',
  'derogatory-people',
  'derogatory-council',
]);
/** Rules that should fire only when the council, its people or the author's own work is in play. */
export const COUNCIL_CONTEXT_RULES: ReadonlySet<string> = new Set([
  'council-email',
  'official-lookalike',
  'derogatory-council',
  'colleague-details',
  'personal-data',
  'unapproved-reference',
  'speaking-for-council',
  'grievance',
  'confidential-info',
  'private-meeting',
  'personal-reference',
]);

/**
 * Regression floors for `--gate`, a little under what the rules reach on the validation splits
 * (2 December 2026: OLID macro-F1 0.694, precision 0.770; HatEval recall 0.785; 2 everyday
 * alarms): they catch a slide back, they are not the targets (macro-F1 ≥ 0.78 with
 * precision ≥ 0.80, HatEval recall ≥ 0.80). The everyday floor is the target itself.
 */
export const REAL_FLOOR = { olidMacroF1: 0.67, olidPrecision: 0.74, hatevalRecall: 0.75, everydayAlarms: 5 } as const;

/** As the issue measures it: an X post, personal account. */
const CONTEXT: Partial<CheckContext> = { mode: 'personal', field: 'post', site: 'x' };

export interface RealPost {
  id: string;
  text: string;
  label?: number;
}

export function readPosts(file: string): RealPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealPost);
}

/** A binary classifier over a post's text. */
export interface Classifier {
  name: string;
  flags(text: string): boolean;
}

export function preflightTone(config: Config = DEFAULT_CONFIG): Classifier {
  return {
    name: 'Preflight',
    flags: (text) => check(text, CONTEXT, config).findings.some((f) => TONE_RULES.has(f.rule)),
  };
}

export function peers(): Classifier[] {
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const twoToad = new Profanity({ languages: ['en'], wholeWord: true });
  return [
    { name: 'obscenity 0.4', flags: (text) => obscenity.hasMatch(text) },
    { name: '@2toad/profanity 3.3', flags: (text) => twoToad.exists(text) },
  ];
}

export interface BinaryFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
}

const safe = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function binaryFigures(posts: readonly RealPost[], flagged: readonly boolean[]): BinaryFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  posts.forEach((p, i) => {
    const yes = p.label === 1;
    if (flagged[i] && yes) tp++;
    else if (flagged[i]) fp++;
    else if (yes) fn++;
    else tn++;
  });
  const precision = safe(tp, tp + fp);
  const recall = safe(tp, tp + fn);
  const negF1 = f1(safe(tn, tn + fn), safe(tn, tn + fp));
  const posF1 = f1(precision, recall);
  return { tp, fp, fn, tn, precision, recall, f1: posF1, macroF1: (posF1 + negF1) / 2 };
}

export interface EverydayAlarm {
  id: string;
  rule: string;
  severity: string;
  excerpt: string;
  text: string;
}

/** Error and warning findings of the council-context rules on posts about nobody's employer. */
export function everydayAlarms(posts: readonly RealPost[], config: Config = DEFAULT_CONFIG): EverydayAlarm[] {
  const out: EverydayAlarm[] = [];
  for (const p of posts) {
    const findings: Finding[] = check(p.text, CONTEXT, config).findings;
    for (const f of findings) {
      if (!COUNCIL_CONTEXT_RULES.has(f.rule) || f.severity === 'info') continue;
      out.push({ id: p.id, rule: f.rule, severity: f.severity, excerpt: f.excerpt, text: p.text });
    }
  }
  return out;
}

export interface RealReport {
  split: 'val' | 'train';
  olid: Record<string, BinaryFigures>;
  hateval: Record<
    string,
    { recall: number; flaggedHateful: number; hateful: number; flaggedOther: number; other: number }
  >;
  everyday: {
    posts: number;
    alarmedPosts: number;
    alarms: number;
    perRule: Record<string, number>;
    /** Share of everyday posts each classifier flags for tone (not errors: many swear). */
    toneFlagged: Record<string, number>;
  };
  everydayAlarms: EverydayAlarm[];
  olidMisses: { id: string; kind: 'FN' | 'FP'; text: string }[];
}

export function measure(dir: string, split: 'val' | 'train', config: Config = DEFAULT_CONFIG): RealReport {
  const classifiers = [preflightTone(config), ...peers()];
  const olidPosts = readPosts(join(dir, `olid-${split}.jsonl`));
  const hatePosts = readPosts(join(dir, `hateval-${split}.jsonl`));
  const everyday = readPosts(join(dir, 'everyday-train.jsonl'));

  const olid: RealReport['olid'] = {};
  const hateval: RealReport['hateval'] = {};
  const toneFlagged: Record<string, number> = {};
  const olidMisses: RealReport['olidMisses'] = [];
  for (const c of classifiers) {
    const flagged = olidPosts.map((p) => c.flags(p.text));
    olid[c.name] = binaryFigures(olidPosts, flagged);
    if (c.name === 'Preflight')
      olidPosts.forEach((p, i) => {
        if (flagged[i] !== (p.label === 1)) olidMisses.push({ id: p.id, kind: flagged[i] ? 'FP' : 'FN', text: p.text });
      });
    const hate = hatePosts.map((p) => c.flags(p.text));
    const hateful = hatePosts.filter((p) => p.label === 1).length;
    const flaggedHateful = hatePosts.filter((p, i) => p.label === 1 && hate[i]).length;
    const flaggedOther = hatePosts.filter((p, i) => p.label !== 1 && hate[i]).length;
    hateval[c.name] = {
      recall: safe(flaggedHateful, hateful),
      flaggedHateful,
      hateful,
      flaggedOther,
      other: hatePosts.length - hateful,
    };
    if (c.name !== 'Preflight') toneFlagged[c.name] = everyday.filter((p) => c.flags(p.text)).length;
  }
  const alarms = everydayAlarms(everyday, config);
  toneFlagged.Preflight = everyday.filter((p) => preflightTone(config).flags(p.text)).length;
  const perRule: Record<string, number> = {};
  for (const a of alarms) perRule[a.rule] = (perRule[a.rule] ?? 0) + 1;
  return {
    split,
    olid,
    hateval,
    everyday: {
      posts: everyday.length,
      alarmedPosts: new Set(alarms.map((a) => a.id)).size,
      alarms: alarms.length,
      perRule,
      toneFlagged,
    },
    everydayAlarms: alarms,
    olidMisses,
  };
}

export function floorHolds(r: RealReport): { ok: boolean; lines: string[] } {
  const o = r.olid.Preflight!;
  const h = r.hateval.Preflight!;
  const checks: Array<[string, boolean]> = [
    [`OLID macro-F1 ${o.macroF1.toFixed(3)} (floor ${REAL_FLOOR.olidMacroF1})`, o.macroF1 >= REAL_FLOOR.olidMacroF1],
    [
      `OLID precision ${o.precision.toFixed(3)} (floor ${REAL_FLOOR.olidPrecision})`,
      o.precision >= REAL_FLOOR.olidPrecision,
    ],
    [`HatEval recall ${h.recall.toFixed(3)} (floor ${REAL_FLOOR.hatevalRecall})`, h.recall >= REAL_FLOOR.hatevalRecall],
    [
      `everyday posts with a council-context alarm ${r.everyday.alarmedPosts} (at most ${REAL_FLOOR.everydayAlarms})`,
      r.everyday.alarmedPosts <= REAL_FLOOR.everydayAlarms,
    ],
  ];
  return { ok: checks.every(([, ok]) => ok), lines: checks.map(([m, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${m}`) };
}

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
  );
}

const f3 = (v: number) => v.toFixed(3);
const flat = (t: string, max = 110) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
};

export function formatRealReport(r: RealReport, verbose: boolean): string {
  const out: string[] = [];
  const names = Object.keys(r.olid);
  out.push(
    `== OLID ${r.split} (offensive or not; ${r.olid.Preflight!.tp + r.olid.Preflight!.fn} offensive of ${r.olid.Preflight!.tp + r.olid.Preflight!.fn + r.olid.Preflight!.fp + r.olid.Preflight!.tn})`,
  );
  out.push('');
  out.push(
    ...pad([
      ['', 'precision', 'recall', 'F1 (offensive)', 'macro-F1', 'TP', 'FP', 'FN'],
      ...names.map((n) => {
        const o = r.olid[n]!;
        return [n, f3(o.precision), f3(o.recall), f3(o.f1), f3(o.macroF1), String(o.tp), String(o.fp), String(o.fn)];
      }),
    ]),
  );
  out.push('');
  const h0 = r.hateval.Preflight!;
  out.push(`== HatEval ${r.split} (hateful against immigrants or women: ${h0.hateful} of ${h0.hateful + h0.other})`);
  out.push('');
  out.push(
    ...pad([
      ['', 'recall (hateful)', 'flagged, not hateful'],
      ...names.map((n) => {
        const h = r.hateval[n]!;
        return [n, f3(h.recall), `${h.flaggedOther} of ${h.other}`];
      }),
    ]),
  );
  out.push('');
  const e = r.everyday;
  out.push(`== everyday-train (${e.posts} posts about nobody's employer)`);
  out.push('');
  out.push(
    `Council-context errors and warnings (each a false alarm, with rare exceptions): ${e.alarmedPosts} posts, ${e.alarms} findings`,
  );
  for (const [rule, n] of Object.entries(e.perRule).sort((a, b) => b[1] - a[1])) out.push(`  ${rule.padEnd(22)} ${n}`);
  out.push('');
  out.push('Flagged for tone (any severity; everyday posts swear too, so this is a noise level, not an error):');
  for (const [n, count] of Object.entries(e.toneFlagged))
    out.push(`  ${n.padEnd(22)} ${count} (${((100 * count) / e.posts).toFixed(1)}%)`);
  if (verbose) {
    out.push('');
    out.push('Everyday false alarms:');
    for (const a of r.everydayAlarms)
      out.push(`  ${a.id}  ${a.rule} (${a.severity})  “${flat(a.excerpt, 60)}”  ${flat(a.text)}`);
    for (const kind of ['FN', 'FP'] as const) {
      const list = r.olidMisses.filter((m) => m.kind === kind);
      out.push('');
      out.push(
        `OLID ${kind === 'FN' ? 'offensive posts missed' : 'posts flagged but labelled not offensive'} (${list.length}):`,
      );
      for (const m of list) out.push(`  ${m.id}  ${flat(m.text)}`);
    }
  }
  return out.join('\n');
}

/** `npm run corpus -- --real …`: returns the exit status. */
export function runReal(argv: readonly string[], dir: string = REAL_POSTS_DIR): number {
  if (!existsSync(dir)) {
    console.log(`real posts: ${dir} is not here; skipped.`);
    return 0;
  }
  const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'val';
  if (split !== 'val' && split !== 'train') {
    console.error('real posts: --split is val or train');
    return 2;
  }
  const report = measure(dir, split);
  if (argv.includes('--json')) {
    const { everydayAlarms: alarms, olidMisses, ...figures } = report;
    console.log(
      JSON.stringify(
        argv.includes('--verbose') ? { ...figures, everydayAlarms: alarms, olidMisses } : figures,
        null,
        2,
      ),
    );
  } else console.log(formatRealReport(report, argv.includes('--verbose') || argv.includes('-v')));
  if (!argv.includes('--gate')) return 0;
  if (split !== 'val') {
    console.error('real posts: the gate is measured on the validation splits');
    return 2;
  }
  const { ok, lines } = floorHolds(report);
  console.log('');
  console.log('Regression floor (real posts):');
  for (const l of lines) console.log(`  ${l}`);
  return ok ? 0 : 1;
}
