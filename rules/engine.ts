// check(text, context, config) → { language, findings }: runs every rule over one draft.
// Each rule runs in isolation: an exception in one is reported and never stops the others.
import { DEFAULT_CONFIG, type Config } from './config.ts';
import { Draft } from './draft.ts';
import { RULES } from './index.ts';
import { detectLanguage, readsAsEnglish } from './language.ts';
import type { CheckContext, CheckResult, Finding, Rule, Severity, SeverityOrOff } from './types.ts';

export const DEFAULT_CONTEXT: CheckContext = { mode: 'personal', field: 'post', site: 'other' };

export interface CheckOptions {
  /** Called when a rule throws; the other rules still run. Never receives the draft's text. */
  onRuleError?: (rule: string, error: unknown) => void;
  /** Run only these rules (the CLI's tests and the examples use it). */
  only?: readonly string[];
}

const EXCERPT_MAX = 120;

export function effectiveSeverity(rule: Rule, context: CheckContext, config: Config): SeverityOrOff {
  return (config.rules[rule.id] as SeverityOrOff | undefined) ?? rule.severity[context.mode];
}

export function check(
  text: string,
  context: Partial<CheckContext> = {},
  config: Config = DEFAULT_CONFIG,
  options: CheckOptions = {},
): CheckResult {
  if (typeof text !== 'string') throw new TypeError('check() needs the draft as a string');
  const ctx: CheckContext = { ...DEFAULT_CONTEXT, ...context };
  const draft = new Draft(text, ctx, config);
  draft.language = detectLanguage(draft.text);
  const english = readsAsEnglish(draft.language);
  const findings: Finding[] = [];
  if (draft.text.trim() === '') return { language: draft.language, findings };

  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const base = effectiveSeverity(rule, ctx, config);
    if (base === 'off' || !rule.fields.includes(ctx.field)) continue;
    if (rule.englishOnly && !english) continue;
    const overridden = config.rules[rule.id] !== undefined;
    try {
      const matches = rule.detect(draft);
      for (const match of mergeOverlapping(matches)) {
        const { start, end } = draft.toOriginal(match);
        const severity: Severity = overridden ? base : match.escalate ? 'error' : match.casual ? quieter(base) : base;
        const excerpt = text.slice(start, end);
        const finding: Finding = {
          rule: rule.id,
          clause: rule.clause,
          severity,
          start,
          end,
          excerpt: excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX - 1)}…` : excerpt,
          message: match.message ?? rule.message,
        };
        const suggestion = match.suggestion ?? rule.suggestion;
        if (suggestion) finding.suggestion = suggestion;
        findings.push(finding);
      }
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { language: draft.language, findings };
}

/** One step down: a casual match is a quiet note where the rule would warn. */
function quieter(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info';
}

const weight = (m: { escalate?: boolean; casual?: boolean }) => (m.escalate ? 2 : m.casual ? 0 : 1);

/** One finding per stretch of text: overlapping matches of the same rule become one. */
function mergeOverlapping<T extends { start: number; end: number; escalate?: boolean; casual?: boolean }>(
  matches: T[],
): T[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      // The merged finding is as serious as the most serious of its parts, and says what that one says.
      const lead = weight(m) > weight(last) ? m : last;
      const merged = { ...lead, start: last.start, end: Math.max(last.end, m.end) };
      out[out.length - 1] = merged;
    } else out.push(m);
  }
  return out;
}
