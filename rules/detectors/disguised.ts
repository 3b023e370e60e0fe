// Terms written in disguise: digit-for-letter swaps ("sh1t", "b0llocks"), masked letters
// ("f*ck", "f***ing", "s**t") and, in handles and profile names, words run together
// ("LLTCisShit", "lltc_is_sh1t"). The disguise is undone character for character, so every
// span found here is also a span of the text given.
import { escapeRegExp, type TermMatch } from './text.ts';

/** Characters that stand in for letters inside a word (only when the word also has a letter). */
const STAND_INS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const WORD_RUN = /[\p{L}\p{N}@$!*#]+/gu;
/** What hides a letter: "f*ck", "f#ck", "f_ck". */
const MASK = '[*#_]';
const HAS_STAND_IN = /[013457@$!]/;
const HAS_LETTER = /\p{L}/u;

/**
 * A lower-case copy of `text`, the same length, in which digits and symbols inside a word read
 * as the letters they stand in for ("Sh1t" → "shit"); numbers on their own are left alone.
 */
export function undisguise(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : lowerKeepingLength(text);
  if (!HAS_STAND_IN.test(base)) return base;
  let out = '';
  let last = 0;
  WORD_RUN.lastIndex = 0;
  for (const m of base.matchAll(WORD_RUN)) {
    const run = m[0];
    if (!HAS_STAND_IN.test(run) || !HAS_LETTER.test(run)) continue;
    let fixed = '';
    for (let i = 0; i < run.length; i++) {
      const ch = run[i]!;
      // "!" ends sentences: it stands in for "i" only inside a word ("sh!t").
      const inside = ch !== '!' || (i > 0 && i < run.length - 1);
      fixed += inside ? (STAND_INS[ch] ?? ch) : ch;
    }
    out += base.slice(last, m.index) + fixed;
    last = m.index + run.length;
  }
  return out + base.slice(last);
}

function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * The pattern for one term: after the first letter of each word, any letter may be masked
 * with *, # or _, and any letter stretched; a trailing `*` in the term means any ending. `joined` lets words run together.
 */
function disguisedPattern(term: string, joined: boolean): string {
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term).trim().toLowerCase();
  let out = '';
  let wordStart = true;
  for (let i = 0; i < body.length;) {
    const ch = body[i]!;
    // A run of one letter ("ll" in "bollocks") is one group, so repeats cannot be split two ways.
    let run = 1;
    while (body[i + run] === ch) run++;
    i += run;
    if (/\s/.test(ch)) {
      out += joined ? '[\\s\\-_.]*' : '[\\s\\-_]+';
      wordStart = true;
    } else if (ch === '-') {
      out += '[\\s\\-_]?';
      wordStart = true;
    } else if (ch === "'") {
      out += "'?";
    } else if (!/\p{L}/u.test(ch)) {
      out += escapeRegExp(ch.repeat(run));
    } else if (wordStart) {
      // Letters may be stretched ("fuuuck"); run together, the first letter is the last of its run
      // ("isShit" is "is" + "Shit").
      out += joined && out === '' ? escapeRegExp(ch) : `${escapeRegExp(ch)}+`;
      wordStart = false;
    } else {
      out += `(?:${escapeRegExp(ch)}+|${MASK}{1,${run}})`;
    }
  }
  return prefix && !joined ? `${out}[\\p{L}*#_]*` : out;
}

export interface DisguisedMatcher {
  words: RegExp | null;
  joined: RegExp | null;
  innocent: RegExp | null;
}

/**
 * Compiles terms for disguised matching. `joinedTerms` are also found inside run-together
 * words (handles); `innocent` words that contain such a term ("Scunthorpe") are never flagged.
 */
export function compileDisguised(
  terms: readonly string[],
  joinedTerms: readonly string[],
  innocent: readonly string[],
): DisguisedMatcher {
  const alt = (list: readonly string[], joined: boolean) => {
    const unique = [...new Set(list.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    return unique.length ? byFirstLetter(unique.map((t) => disguisedPattern(t, joined))) : null;
  };
  const words = alt(terms, false);
  const joined = alt(joinedTerms, true);
  const inn = alt(innocent, false);
  return {
    words: words ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu') : null,
    joined: joined ? new RegExp(`(?:${joined})`, 'gu') : null,
    // Innocent words are found anywhere, so "IloveScunthorpe" is still innocent.
    innocent: inn ? new RegExp(`(?:${inn.replaceAll('[\\p{L}*#_]*', '\\p{L}*')})`, 'gu') : null,
  };
}

/**
 * Joins patterns into one alternation factored by their first letter ("f+(?:…|…)|s+(?:…|…)"),
 * so the engine tries a couple of dozen branches at each word, not every term: a tenfold
 * saving on clean text, the common case while typing. Order within a letter is kept.
 */
function byFirstLetter(patterns: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const p of patterns) {
    const head = /^\p{L}\+?/u.exec(p)?.[0];
    if (!head) {
      rest.push(p);
      continue;
    }
    const list = groups.get(head) ?? [];
    list.push(p.slice(head.length));
    groups.set(head, list);
  }
  const factored = [...groups].map(([head, tails]) =>
    tails.length === 1 ? head + tails[0] : `${head}(?:${tails.join('|')})`,
  );
  return [...factored, ...rest].join('|');
}

function scan(re: RegExp, plain: string, original: string): TermMatch[] {
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  for (const m of plain.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

/**
 * Finds the terms in `text`, disguised or not, and with `runTogether` also inside words
 * (for handles and profile names); a match inside an innocent word is dropped.
 */
export function findDisguised(matcher: DisguisedMatcher, text: string, runTogether = false): TermMatch[] {
  const plain = undisguise(text);
  let found = matcher.words ? scan(matcher.words, plain, text) : [];
  if (runTogether && matcher.joined) found = mergeNonOverlapping(found, scan(matcher.joined, plain, text));
  if (found.length === 0 || !matcher.innocent) return found;
  const innocent = scan(matcher.innocent, plain, text);
  if (innocent.length === 0) return found;
  // Both lists are sorted and innocent words do not overlap each other: one sweep.
  let i = 0;
  return found.filter((m) => {
    while (i < innocent.length && innocent[i]!.end < m.end) i++;
    const inn = innocent[i];
    return !(inn && inn.start <= m.start && m.end <= inn.end);
  });
}

/** `a` plus the matches of `b` that overlap none of `a` (both sorted), sorted. */
function mergeNonOverlapping(a: TermMatch[], b: TermMatch[]): TermMatch[] {
  const out: TermMatch[] = [];
  let i = 0;
  for (const m of b) {
    while (i < a.length && a[i]!.end <= m.start) out.push(a[i++]!);
    if (i < a.length && a[i]!.start < m.end) continue;
    out.push(m);
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}
