// npm run corpus: checks every labelled draft in tests/corpus/*.jsonl with the engine and prints
// per-rule precision and recall, then the micro-averaged figures (SPEC §6).
//
//   npm run corpus                 the table
//   npm run corpus -- --verbose    also every false positive and false negative (-v)
//   npm run corpus -- --gate       exit 1 if a set falls below its gate (tuning: precision 0.95, recall 0.90;
//                                  held-out: precision 0.93, recall 0.88)
//   npm run corpus -- --json       the figures as JSON
//   npm run corpus -- --real       real posts (../shared/real-posts) beside two profanity filters;
//                                  see scripts/real-posts.ts for its options (--split, --verbose, --gate)
//
// Exit status: 0 fine, 1 gate failed, 2 a corpus line or the configuration is malformed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveConfig, type Config } from '../rules/config.ts';
import { check } from '../rules/engine.ts';
import { RULES } from '../rules/index.ts';
import { runReal } from './real-posts.ts';
import { FIELDS, MODES, SITES, type Field, type Mode, type Site } from '../rules/types.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'tests', 'corpus');
export const HOLDOUT_DIR = join(CORPUS_DIR, 'holdout');
/** Tone in real registers (issue 9), written blind and never tuned on. */
export const TONE_HOLDOUT_DIR = join(CORPUS_DIR, 'holdout-tone');
/** The corpus is labelled as of this date (approvals with an earlier `approvedUntil` have lapsed). */
export const CORPUS_TODAY = '2026-11-25';
/** The issue's aim on the drafts the rules were tuned on. */
export const GATE = { precision: 0.95, recall: 0.9 } as const;
/**
 * A floor on the held-out set (tests/corpus/holdout/, written blind and never tuned on), a
 * little under what the rules reached on it when it was first run (precision 0.964, recall
 * 0.931): it catches a regression without pretending the rules generalise better than they do.
 */
export const HOLDOUT_GATE = { precision: 0.93, recall: 0.88 } as const;
/**
 * A floor on the tone held-out set, under what the rules reached on it at first sight
 * (2 December 2026: precision 0.929, recall 0.607; offensive-language 0.968 / 0.550).
 */
export const TONE_HOLDOUT_GATE = { precision: 0.9, recall: 0.58 } as const;
export type Gate = { readonly precision: number; readonly recall: number };

export interface CorpusEntry {
  id: string;
  text: string;
  mode: Mode;
  field: Field;
  site: Site;
  expect: string[];
  note?: string;
  /** Where the entry was read from, for messages. */
  file: string;
  line: number;
}

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

const KEYS = new Set(['id', 'text', 'mode', 'field', 'site', 'expect', 'note']);

/** Parses one corpus line; returns the entry or a plain-words problem. */
export function parseLine(
  raw: string,
  file: string,
  line: number,
  ruleIds: ReadonlySet<string>,
): CorpusEntry | CorpusProblem {
  const problem = (message: string): CorpusProblem => ({ file, line, message });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return problem(`not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return problem('should be a JSON object');
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KEYS.has(key)) return problem(`unknown field "${key}"`);
  if (typeof o.id !== 'string' || o.id.trim() === '') return problem('"id" should be a non-empty string');
  if (typeof o.text !== 'string') return problem(`"text" should be a string (id ${o.id})`);
  if (o.mode !== undefined && !MODES.includes(o.mode as Mode))
    return problem(`"mode" should be one of ${MODES.join(', ')} (id ${o.id})`);
  if (o.field !== undefined && !FIELDS.includes(o.field as Field))
    return problem(`"field" should be one of ${FIELDS.join(', ')} (id ${o.id})`);
  if (o.site !== undefined && !SITES.includes(o.site as Site))
    return problem(`"site" should be one of ${SITES.join(', ')} (id ${o.id})`);
  if (!Array.isArray(o.expect) || !o.expect.every((r) => typeof r === 'string'))
    return problem(`"expect" should be a list of rule ids (id ${o.id})`);
  const unknown = o.expect.filter((r) => !ruleIds.has(r as string));
  if (unknown.length) return problem(`"expect" names unknown rule(s) ${unknown.join(', ')} (id ${o.id})`);
  if (new Set(o.expect).size !== o.expect.length) return problem(`"expect" lists a rule twice (id ${o.id})`);
  if (o.note !== undefined && typeof o.note !== 'string') return problem(`"note" should be a string (id ${o.id})`);
  return {
    id: o.id,
    text: o.text,
    mode: (o.mode as Mode | undefined) ?? 'personal',
    field: (o.field as Field | undefined) ?? 'post',
    site: (o.site as Site | undefined) ?? 'other',
    expect: o.expect as string[],
    ...(o.note !== undefined ? { note: o.note as string } : {}),
    file,
    line,
  };
}

/** Reads every tests/corpus/*.jsonl, in file-name order. Blank lines are skipped. */
export function loadCorpus(dir: string = CORPUS_DIR): { entries: CorpusEntry[]; problems: CorpusProblem[] } {
  const ruleIds = new Set(RULES.map((r) => r.id));
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    lines.forEach((raw, i) => {
      if (raw.trim() === '') return;
      const parsed = parseLine(raw, file, i + 1, ruleIds);
      if ('message' in parsed) problems.push(parsed);
      else entries.push(parsed);
    });
  }
  return { entries, problems };
}

/** The configuration the corpus is labelled against: tests/corpus/config.json over the default. */
export function loadCorpusConfig(dir: string = CORPUS_DIR): { config: Config; issues: string[] } {
  const value: unknown = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  const { config, issues } = resolveConfig([{ source: 'file', value }]);
  return { config, issues: issues.map((i) => i.message) };
}

export interface RuleFigures {
  rule: string;
  /** Drafts labelled with this rule. */
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface Miss {
  id: string;
  rule: string;
  kind: 'FP' | 'FN';
  text: string;
  context: string;
}

export interface CorpusReport {
  drafts: number;
  negatives: number;
  rules: RuleFigures[];
  overall: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null };
  misses: Miss[];
  /** Rules that threw, with how many drafts they threw on. */
  ruleErrors: Record<string, number>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function contextLabel(e: CorpusEntry): string {
  const parts: string[] = [];
  if (e.mode !== 'personal') parts.push(e.mode);
  if (e.field !== 'post') parts.push(e.field);
  if (e.site !== 'other') parts.push(e.site);
  return parts.join(',');
}

export function evaluate(entries: readonly CorpusEntry[], config: Config): CorpusReport {
  const counts = new Map(RULES.map((r) => [r.id, { positives: 0, tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  const ruleErrors: Record<string, number> = {};
  for (const e of entries) {
    const { findings } = check(e.text, { mode: e.mode, field: e.field, site: e.site, today: CORPUS_TODAY }, config, {
      onRuleError: (rule) => (ruleErrors[rule] = (ruleErrors[rule] ?? 0) + 1),
    });
    const fired = new Set(findings.map((f) => f.rule));
    const expected = new Set(e.expect);
    for (const [rule, c] of counts) {
      const want = expected.has(rule);
      const got = fired.has(rule);
      if (want) c.positives++;
      if (want && got) c.tp++;
      else if (got) {
        c.fp++;
        misses.push({ id: e.id, rule, kind: 'FP', text: e.text, context: contextLabel(e) });
      } else if (want) {
        c.fn++;
        misses.push({ id: e.id, rule, kind: 'FN', text: e.text, context: contextLabel(e) });
      }
    }
  }
  const rules = [...counts].map(([rule, c]) => ({
    rule,
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
  }));
  const tp = rules.reduce((s, r) => s + r.tp, 0);
  const fp = rules.reduce((s, r) => s + r.fp, 0);
  const fn = rules.reduce((s, r) => s + r.fn, 0);
  return {
    drafts: entries.length,
    negatives: entries.filter((e) => e.expect.length === 0).length,
    rules,
    overall: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    misses,
    ruleErrors,
  };
}

export function gatePasses(report: CorpusReport, gate: Gate = GATE): boolean {
  const { precision, recall } = report.overall;
  return (precision ?? 0) >= gate.precision && (recall ?? 0) >= gate.recall;
}

const pct = (v: number | null): string => (v === null ? '—' : v.toFixed(3));

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - [...cell].length);
        return rightAligned.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

export function formatReport(report: CorpusReport, verbose: boolean): string {
  const out: string[] = [];
  const rows = [
    ['rule', 'drafts', 'TP', 'FP', 'FN', 'precision', 'recall'],
    ...report.rules.map((r) => [
      r.rule,
      String(r.positives),
      String(r.tp),
      String(r.fp),
      String(r.fn),
      pct(r.precision),
      pct(r.recall),
    ]),
  ];
  const o = report.overall;
  rows.push([
    'overall (micro)',
    String(o.tp + o.fn),
    String(o.tp),
    String(o.fp),
    String(o.fn),
    pct(o.precision),
    pct(o.recall),
  ]);
  const lines = table(rows, new Set([1, 2, 3, 4, 5, 6]));
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  out.push(lines[0]!, rule, ...lines.slice(1, -1), rule, lines.at(-1)!);
  out.push('');
  out.push(
    `${report.drafts} drafts, ${report.negatives} negatives (expect nothing), ${report.drafts - report.negatives} with at least one rule expected.`,
  );
  out.push('"drafts" = drafts labelled with the rule; a rule counts as fired when it has at least one finding.');
  const errors = Object.entries(report.ruleErrors);
  if (errors.length) out.push(`Rules that threw: ${errors.map(([r, n]) => `${r} (${n} drafts)`).join(', ')}.`);
  if (verbose) {
    for (const kind of ['FP', 'FN'] as const) {
      const list = report.misses.filter((m) => m.kind === kind);
      out.push('');
      out.push(`${kind === 'FP' ? 'False positives' : 'False negatives'} (${list.length}):`);
      if (!list.length) out.push('  none');
      const missRows = list.map((m) => [`  ${m.id}`, m.rule, m.context ? `[${m.context}]` : '', oneLine(m.text)]);
      if (missRows.length) out.push(...table(missRows, new Set()));
    }
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  if (argv.includes('--real')) return runReal(argv.filter((a) => a !== '--real'));
  const known = new Set(['--verbose', '-v', '--gate', '--json', '--help', '-h']);
  const bad = argv.filter((a) => !known.has(a));
  if (bad.length || argv.includes('--help') || argv.includes('-h')) {
    const usage =
      'usage: npm run corpus -- [--verbose|-v] [--gate] [--json] | --real [--split val|train] [--verbose] [--gate] [--json]';
    if (bad.length) {
      console.error(`corpus: unknown option ${bad.join(' ')}\n${usage}`);
      return 2;
    }
    console.log(usage);
    return 0;
  }
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const gate = argv.includes('--gate');
  const json = argv.includes('--json');

  let config: Config;
  try {
    const loaded = loadCorpusConfig();
    if (loaded.issues.length) {
      for (const m of loaded.issues) console.error(`tests/corpus/config.json: ${m}`);
      return 2;
    }
    config = loaded.config;
  } catch (error) {
    console.error(`tests/corpus/config.json: ${(error as Error).message}`);
    return 2;
  }

  // Two sets: the tuning corpus (tests/corpus/*.jsonl), which rule authors read while improving
  // rules, and the held-out set (tests/corpus/holdout/*.jsonl), written blind and never tuned on,
  // which says how the rules do on drafts nobody fitted them to. The gate applies to both.
  const sets: Array<{ name: string; dir: string; required: boolean; gate: Gate }> = [
    { name: 'tuning corpus', dir: CORPUS_DIR, required: true, gate: GATE },
    { name: 'held-out set (never tuned on)', dir: HOLDOUT_DIR, required: false, gate: HOLDOUT_GATE },
    { name: 'tone held-out set (never tuned on)', dir: TONE_HOLDOUT_DIR, required: false, gate: TONE_HOLDOUT_GATE },
  ];
  let passes = true;
  const payloads: Record<string, unknown>[] = [];
  const gateLines: string[] = [];
  for (const set of sets) {
    if (!set.required && !existsSync(set.dir)) continue;
    const { entries, problems } = loadCorpus(set.dir);
    const rel = relative(process.cwd(), set.dir) || '.';
    if (problems.length) {
      for (const p of problems) console.error(`${rel}/${p.file}:${p.line}: ${p.message}`);
      console.error(`corpus: ${problems.length} malformed line(s); nothing was checked.`);
      return 2;
    }
    if (!entries.length) {
      console.error(`corpus: no drafts found in ${rel}/*.jsonl`);
      return 2;
    }
    const report = evaluate(entries, config);
    const ok = gatePasses(report, set.gate);
    passes &&= ok;
    if (json) {
      const { misses, ...figures } = report;
      const payload: Record<string, unknown> = { set: set.name, ...figures, gate: { ...set.gate, passes: ok } };
      if (verbose) payload.misses = misses.map(({ id, rule, kind, text }) => ({ id, rule, kind, text: oneLine(text) }));
      payloads.push(payload);
    } else {
      console.log(`== ${set.name}: ${rel}\n`);
      console.log(formatReport(report, verbose));
      console.log('');
    }
    gateLines.push(
      `gate (${set.name}): overall precision ${pct(report.overall.precision)} (needs ≥ ${set.gate.precision.toFixed(2)}), ` +
        `recall ${pct(report.overall.recall)} (needs ≥ ${set.gate.recall.toFixed(2)}): ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  if (json) console.log(JSON.stringify(payloads.length === 1 ? payloads[0] : payloads, null, 2));
  if (gate) {
    for (const msg of gateLines) (json ? console.error : console.log)(msg);
    return passes ? 0 : 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
