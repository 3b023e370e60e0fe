// A draft under check: the normalised text plus lazily computed, cached facts about it.
// Nothing is computed until a rule asks, so clean text never pays for NLP.
import nlp from 'compromise';
import type { Config } from './config.ts';
import { normalise, type NormalisedText, type Span } from './detectors/text.ts';
import type { CheckContext } from './types.ts';

export type NlpDoc = ReturnType<typeof nlp>;

/** How much NLP one detector may spend on a draft (see `Draft.nlpWithin`). */
export interface NlpBudget {
  name: string;
  /** Sentences it may have parsed per draft. */
  parses: number;
  /** The longest sentence worth parsing: compromise slows more than linearly beyond it. */
  maxChars: number;
}

export interface Sentence extends Span {
  text: string;
}

// A sentence ends at . ! ? … or a line break, followed by space/end; abbreviations such as
// "Cllr." and "St." are common in council posts and are not ends.
const NOT_AN_END =
  /(?:^|[\s(])(?:cllr|mr|mrs|ms|dr|st|rd|no|approx|etc|e\.g|i\.e|inc|ltd|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export class Draft {
  /** The normalised text every detector reads; spans are offsets into it. */
  readonly text: string;
  readonly lower: string;
  readonly original: string;
  readonly context: CheckContext;
  readonly config: Config;
  language = 'und';
  readonly #normalised: NormalisedText;
  readonly #memo = new Map<string, unknown>();

  constructor(original: string, context: CheckContext, config: Config) {
    this.original = original;
    this.#normalised = normalise(original);
    this.text = this.#normalised.text;
    this.lower = this.text.toLowerCase();
    this.context = context;
    this.config = config;
  }

  toOriginal(span: Span): Span {
    return this.#normalised.toOriginal(span);
  }

  /** Computes a fact once per draft (detectors use it to share work between rules). */
  memo<T>(key: string, compute: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  /** Sentences (and lines), cheap and without NLP. */
  get sentences(): Sentence[] {
    return this.memo('sentences', () => splitSentences(this.text));
  }

  /**
   * The index in `sentences` of the sentence containing offset `at`; an offset between two
   * sentences gives the next one (the last one past the end). -1 only for a blank draft.
   */
  sentenceIndex(at: number): number {
    const all = this.sentences;
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = all[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return Math.min(lo, all.length - 1);
  }

  /** The sentence containing offset `at` (or the whole text). */
  sentenceAt(at: number): Sentence {
    return this.sentences[this.sentenceIndex(at)] ?? { start: 0, end: this.text.length, text: this.text };
  }

  /** The sentence containing `at` with the one before and the one after: "Tom from work. His number is …". */
  neighbourhood(at: number): Span {
    const all = this.sentences;
    const i = this.sentenceIndex(at);
    const here = all[i];
    if (!here) return { start: 0, end: this.text.length };
    return { start: (all[i - 1] ?? here).start, end: (all[i + 1] ?? here).end };
  }

  /**
   * A compromise parse of one sentence within a detector's budget, or null when the sentence is
   * longer than `maxChars` or the budget's `parses` for this draft are spent: a huge paste falls
   * back to patterns after a bounded number of parses, so typing never waits. A sentence is
   * charged once per budget, and a parse is shared with every other caller.
   */
  nlpWithin(sentence: Sentence, budget: NlpBudget): NlpDoc | null {
    if (sentence.end - sentence.start > budget.maxChars) return null;
    const left = this.memo(`nlp-budget:${budget.name}`, () => ({ parses: budget.parses }));
    const allowed = this.memo(`nlp-charged:${budget.name}:${sentence.start}`, () => left.parses-- > 0);
    return allowed ? this.nlp(sentence) : null;
  }

  /** A compromise parse of one sentence (cached): NLP only where a rule needs grammar. */
  nlp(sentence: Sentence): NlpDoc {
    return this.memo(`nlp:${sentence.start}:${sentence.end}`, () => nlp(sentence.text));
  }
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const ends = /[.!?…]+["')\]]*(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of text.matchAll(ends)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && NOT_AN_END.test(text.slice(Math.max(start, m.index - 8), m.index)))
      continue;
    pushSentence(text, start, end, out);
    start = end;
  }
  pushSentence(text, start, text.length, out);
  return out;
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * Caches something built from a configuration (compiled name lists, say) for as long as
 * that configuration object lives.
 */
const compiledByConfig = new WeakMap<Config, Map<string, unknown>>();
export function compiledFor<T>(config: Config, key: string, build: () => T): T {
  let byKey = compiledByConfig.get(config);
  if (!byKey) {
    byKey = new Map();
    compiledByConfig.set(config, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = build();
  byKey.set(key, value);
  return value;
}
