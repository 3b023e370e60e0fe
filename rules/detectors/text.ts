// Text primitives every detector shares: the normalised view of a draft (with a map back to
// the original offsets), spans, and compiled term lists. All regular expressions built here
// are alternations of literals joined by simple separators, so matching stays linear.
import { latinTwin, mixedScriptLookalikes } from './folding.ts';

export interface Span {
  start: number;
  end: number;
}

/** Characters that hide inside words to dodge a filter, or that only steer layout. */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each code point is matched on its own, on purpose
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/;
const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const COMBINING = /[\u0300-\u036F]/g;
const NEEDS_WORK = /[\u0080-\uFFFF]/;

export interface NormalisedText {
  /**
   * The text detectors read: invisible characters removed, quotes, dashes and spaces made plain,
   * Latin accents dropped, look-alike letters from other scripts inside Latin words made Latin.
   */
  text: string;
  /** Maps a span of `text` back to the original string's UTF-16 offsets. */
  toOriginal(span: Span): Span;
}

/**
 * Normalises a draft for matching without losing the way back: "sh\u200Bambles" and
 * "sh\u0430mbles" (a Cyrillic а) read "shambles", "Cllr Bätes" reads "Cllr Bates", and a match
 * maps to the user's own characters.
 */
export function normalise(original: string): NormalisedText {
  if (!NEEDS_WORK.test(original)) return { text: original, toOriginal: (span) => span };
  const out: string[] = [];
  // origStart[i] / origEnd[i]: the original code units that produced normalised char i.
  const origStart: number[] = [];
  const origEnd: number[] = [];
  const lookalikes = mixedScriptLookalikes(original);
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const width = ch.length;
    let replacement: string;
    if (code < 0x80) replacement = ch;
    else if (lookalikes.has(i)) replacement = latinTwin(ch) ?? ch;
    else if (INVISIBLE.test(ch)) replacement = '';
    else if (COMBINING.test(ch)) {
      COMBINING.lastIndex = 0;
      replacement = '';
    } else if (SPACES.test(ch)) replacement = ' ';
    else if (SINGLE_QUOTES.test(ch)) replacement = "'";
    else if (DOUBLE_QUOTES.test(ch)) replacement = '"';
    else if (DASHES.test(ch)) replacement = '-';
    else if (LATIN_WITH_MARKS.test(ch)) replacement = ch.normalize('NFD').replace(COMBINING, '') || ch;
    else replacement = ch;
    COMBINING.lastIndex = 0;
    for (let k = 0; k < replacement.length; k++) {
      out.push(replacement[k]!);
      origStart.push(i);
      origEnd.push(i + width);
    }
    if (replacement === '' && origEnd.length > 0) origEnd[origEnd.length - 1] = i + width;
    i += width;
  }
  const text = out.join('');
  return {
    text,
    toOriginal({ start, end }) {
      if (text.length === 0) return { start: 0, end: 0 };
      const s = origStart[Math.min(start, text.length - 1)] ?? original.length;
      const e = end <= 0 ? s : (origEnd[Math.min(end, text.length) - 1] ?? original.length);
      return { start: start >= text.length ? original.length : s, end: Math.max(e, s) };
    },
  };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter or digit, for word edges that work beyond ASCII. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

/**
 * Turns a term into a pattern: spaces match any run of spaces or hyphens, a hyphen may be
 * a space or nothing, an apostrophe any apostrophe or none, and a trailing `*` any word ending.
 */
export function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term).trim();
  const parts = body.split(/(\s+|-|')/).filter((p) => p !== '');
  let out = '';
  for (const part of parts) {
    if (/^\s+$/.test(part)) out += '[\\s\\-_]+';
    else if (part === '-') out += '[\\s\\-]?';
    else if (part === "'") out += "'?";
    else out += escapeRegExp(part);
  }
  return prefix ? `${out}${WORD_CHAR}*` : out;
}

/** Compiles a list of terms into one case-insensitive, whole-word, global RegExp (or null if empty). */
/**
 * Patterns as one alternation factored by their head ("a(?:bc|b)|x(?:yz)"): the same matches,
 * longest first at each place if the patterns are, but a list of hundreds is tried one head's
 * worth at a time instead of all at every position. `headOf` says what a pattern starts with
 * (undefined: it goes unfactored at the end); patterns with the same head share it.
 */
export function byFirstLetter(patterns: readonly string[], headOf: (pattern: string) => string | undefined): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const p of patterns) {
    const head = headOf(p);
    if (head === undefined) {
      rest.push(p);
      continue;
    }
    const tails = groups.get(head) ?? [];
    tails.push(p.slice(head.length));
    groups.set(head, tails);
  }
  const factored = [...groups].map(([head, tails]) =>
    tails.length === 1 ? head + tails[0] : `${head}(?:${tails.join('|')})`,
  );
  return [...factored, ...rest].join('|');
}

export function compileTerms(terms: Iterable<string>, flags = 'giu'): RegExp | null {
  const unique = [...new Set([...terms].map((t) => t.trim()).filter(Boolean))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  // A term's pattern starts with its first letter; ignoring case, "A" and "a" share a head.
  const ignoreCase = flags.includes('i');
  const headOf = (pattern: string) =>
    /^\p{L}/u.test(pattern) ? (ignoreCase ? pattern[0]!.toLowerCase() : pattern[0]) : undefined;
  return new RegExp(`${BEFORE}(?:${byFirstLetter(unique.map(termPattern), headOf)})${AFTER}`, flags);
}

export interface TermMatch extends Span {
  text: string;
}

/** All non-overlapping matches of a compiled pattern. */
export function findAll(re: RegExp | null, text: string): TermMatch[] {
  if (!re) return [];
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Characters between two spans (0 if they overlap). */
export function gap(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

/** Past this many characters apart, two spans are not "near" whatever the words between. */
const NEAR_CHARS = 400;

/**
 * The number of words between two spans in `text` (0 when adjacent or overlapping; Infinity
 * when they are more than a few hundred characters apart, so a huge paste costs nothing).
 */
export function wordsBetween(text: string, a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  const [first, second] = a.end <= b.start ? [a, b] : [b, a];
  if (second.start - first.end > NEAR_CHARS) return Infinity;
  return text.slice(first.end, second.start).match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
}

/** Index of the first span in a list sorted by start whose start is at or after `at`. */
export function firstAtOrAfter(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of a list sorted by start whose start lies in [from, to): binary search, then a walk. */
export function inRange<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = firstAtOrAfter(sorted, from); k < sorted.length && sorted[k]!.start < to; k++) out.push(sorted[k]!);
  return out;
}

/** `spans` minus those overlapping any of `others` (in any order): a sort, then a binary search each. */
export function withoutOverlapping<T extends Span>(spans: readonly T[], others: readonly Span[]): T[] {
  if (others.length === 0) return [...spans];
  const sorted = [...others].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among sorted[0..i]; a span overlaps one of them only if the
  // last one starting before it ends reaches past its start.
  const reach: number[] = [];
  for (const o of sorted) reach.push(Math.max(o.end, reach[reach.length - 1] ?? 0));
  return spans.filter((s) => {
    const at = firstAtOrAfter(sorted, s.end) - 1;
    return at < 0 || reach[at]! <= s.start;
  });
}

/** A hashtag, with its text (without "#") as the first group. */
export const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{4,60})/gu;
