// The engine's vocabulary, shared by every rule, the CLI, the content script and the pages.
// Plain data types only: nothing here may touch the DOM or a browser API.
import type { Config } from './config.ts';
import type { Draft } from './draft.ts';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Mode = 'personal' | 'official';
export type Field = 'post' | 'comment' | 'bio' | 'profile-name' | 'handle';
export type Site = 'facebook' | 'x' | 'linkedin' | 'forum' | 'wiki' | 'other';

export const MODES: readonly Mode[] = ['personal', 'official'];
export const FIELDS: readonly Field[] = ['post', 'comment', 'bio', 'profile-name', 'handle'];
export const SITES: readonly Site[] = ['facebook', 'x', 'linkedin', 'forum', 'wiki', 'other'];

/** Where and as whom the draft is being written. */
export interface CheckContext {
  mode: Mode;
  field: Field;
  site: Site;
  /** Today's date as YYYY-MM-DD, for `approvedUntil`; defaults to the local date. */
  today?: string;
}

/** One problem in a draft. `start`/`end` are UTF-16 offsets into the text as given. */
export interface Finding {
  rule: string;
  clause: string;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  suggestion?: string;
}

export interface CheckResult {
  /** ISO 639-3 code of the draft's language, or `und` when too short to tell. */
  language: string;
  findings: Finding[];
}

/**
 * What a rule's detector reports: a span of the draft's normalised text (`draft.text`),
 * which the engine maps back to the original offsets.
 */
export interface Match {
  start: number;
  end: number;
  /** A more specific message than the rule's own, e.g. naming what was matched. */
  message?: string;
  suggestion?: string;
  /** Raise this match to `error` whatever the mode (e.g. a slur). Ignored if IT overrides the rule. */
  escalate?: boolean;
  /**
   * One step quieter than the rule's severity in this mode (warning → info, error → warning):
   * swearing aimed at nobody is a quiet note on a personal account. Ignored if IT overrides the
   * rule, and by `escalate`.
   */
  casual?: boolean;
}

/** An example that is both a test and help text ("what this catches"). */
export interface RuleExample {
  text: string;
  /** Whether this rule must flag the text. */
  flagged: boolean;
  mode?: Mode;
  field?: Field;
  site?: Site;
  /** Configuration merged over the default for this example only. */
  config?: Partial<Config>;
  /** Why this example is here (shown in help, read by reviewers). */
  note?: string;
}

export interface Rule {
  /** The rule's id, which is also its file name. */
  id: string;
  /** The procedure clause it enforces, as printed (e.g. "9.3"). */
  clause: string;
  /** The bullet of that clause it enforces (1-based), or null for the clause as a whole. */
  bullet: number | null;
  /** Further clauses that also bear on it. */
  seeAlso: readonly string[];
  title: string;
  severity: Readonly<Record<Mode, SeverityOrOff>>;
  /** The fields this rule checks. */
  fields: readonly Field[];
  /** Whether the rule relies on English wording (it is skipped for drafts in other languages). */
  englishOnly: boolean;
  /** One sentence shown with every finding. */
  message: string;
  /** Plain-English explanation for staff: why the procedure asks this. */
  explanation: string;
  /** What to do instead. */
  suggestion: string;
  examples: readonly RuleExample[];
  /** Finds the matches in a draft. Must be fast on clean text: use `draft` lazily. */
  detect(draft: Draft): Match[];
}

export type { Config, Draft };
