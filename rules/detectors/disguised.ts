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
 * A term as runs of one character, lower-cased ("bollocks" → b, o, ll, o, c, k, s), and whether
 * a trailing `*` makes it a prefix. A run is one group, so repeats cannot be split two ways.
 */
function termRuns(term: string): { prefix: boolean; runs: Array<{ ch: string; run: number }> } {
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term).trim().toLowerCase();
  const runs: Array<{ ch: string; run: number }> = [];
  for (let i = 0; i < body.length;) {
    const ch = body[i]!;
    let run = 1;
    while (body[i + run] === ch) run++;
    runs.push({ ch, run });
    i += run;
  }
  return { prefix, runs };
}

/**
 * The pattern for one term: after the first letter of each word, any letter may be masked
 * with *, # or _, and any letter stretched; a trailing `*` in the term means any ending. `joined` lets words run together.
 */
function disguisedPattern(term: string, joined: boolean): string {
  const { prefix, runs } = termRuns(term);
  let out = '';
  let wordStart = true;
  for (const { ch, run } of runs) {
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

/**
 * The same term for a collapsed text, in which every run of one letter is a single letter
 * ("fuuuck" → "fuck"), and with no masks: a plain literal, small and quick to compile. Null when
 * the term has one letter twice around an optional separator ("n'n"), which collapsing would
 * merge; such terms are matched with the full pattern.
 */
function collapsedPattern(term: string, joined: boolean): string | null {
  const { prefix, runs } = termRuns(term);
  let out = '';
  let lastLetter = '';
  let optional = false;
  for (const { ch, run } of runs) {
    if (/\s/.test(ch)) {
      out += joined ? '[\\s\\-_.]*' : '[\\s\\-_]+';
      if (joined) optional = true;
      else lastLetter = '';
    } else if (ch === '-') {
      out += '[\\s\\-_]?';
      optional = true;
    } else if (ch === "'") {
      out += "'?";
      optional = true;
    } else if (!/\p{L}/u.test(ch)) {
      out += escapeRegExp(ch.repeat(run));
      lastLetter = '';
      optional = false;
    } else {
      if (optional && ch === lastLetter) return null;
      out += escapeRegExp(ch);
      lastLetter = ch;
      optional = false;
    }
  }
  return prefix && !joined ? `${out}\\p{L}*` : out;
}

/** One compiled pattern, built on first use: the full patterns cost much more to compile. */
type Lazy = () => RegExp | null;

function lazy(build: () => RegExp | null): Lazy {
  let done = false;
  let re: RegExp | null = null;
  return () => {
    if (!done) {
      re = build();
      done = true;
    }
    return re;
  };
}

export interface DisguisedMatcher {
  /** On collapsed, unmasked text: null when some term cannot be collapsed (use `full`). */
  fast: { words: RegExp | null; joined: RegExp | null | undefined; innocent: RegExp | null } | null;
  /** The full patterns (stretched and masked letters), compiled only when a text needs them. */
  full: { words: Lazy; joined: Lazy; innocent: Lazy };
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
  const unique = (list: readonly string[]) =>
    [...new Set(list.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const lists = { words: unique(terms), joined: unique(joinedTerms), innocent: unique(innocent) };
  const alt = (list: string[], joined: boolean) =>
    list.length ? byFirstLetter(list.map((t) => disguisedPattern(t, joined))) : null;
  const full = {
    words: lazy(() => {
      const words = alt(lists.words, false);
      return words ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu') : null;
    }),
    joined: lazy(() => {
      const joined = alt(lists.joined, true);
      return joined ? new RegExp(`(?:${joined})`, 'gu') : null;
    }),
    // Innocent words are found anywhere, so "IloveScunthorpe" is still innocent.
    innocent: lazy(() => {
      const inn = alt(lists.innocent, false);
      return inn ? new RegExp(`(?:${inn.replaceAll('[\\p{L}*#_]*', '\\p{L}*')})`, 'gu') : null;
    }),
  };
  const collapsed = (list: string[], joined: boolean) => {
    const patterns = list.map((t) => collapsedPattern(t, joined));
    return patterns.every((p) => p !== null) ? (patterns.length ? byFirstLetter(patterns) : '') : null;
  };
  const words = collapsed(lists.words, false);
  const joined = collapsed(lists.joined, true);
  const inn = collapsed(lists.innocent, false);
  const fast =
    words === null || inn === null
      ? null
      : {
          words: words ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu') : null,
          // Undefined when a run-together term cannot be collapsed ("lying git" as "lyinggit").
          joined: joined === null ? undefined : joined ? new RegExp(`(?:${joined})`, 'gu') : null,
          innocent: inn ? new RegExp(`(?:${inn})`, 'gu') : null,
        };
  return { fast, full };
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
 * `plain` with every run of one letter made one letter, and for each character of the result
 * where its run starts and ends in `plain`.
 */
function collapse(plain: string): { text: string; from: number[]; to: number[] } {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < plain.length;) {
    const ch = plain[i]!;
    let j = i + 1;
    if (LETTER.test(ch)) while (plain[j] === ch) j++;
    text += ch;
    from.push(i);
    to.push(j);
    i = j;
  }
  return { text, from, to };
}

const LETTER = /\p{L}/u;

/** Matches on the collapsed text, as spans of the original; a run-together match starts at the last letter of its run. */
function scanCollapsed(
  re: RegExp,
  c: { text: string; from: number[]; to: number[] },
  original: string,
  joined: boolean,
): TermMatch[] {
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  for (const m of c.text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const first = m.index;
    const start = joined ? c.to[first]! - 1 : c.from[first]!;
    const end = c.to[first + m[0].length - 1]!;
    out.push({ start, end, text: original.slice(start, end) });
  }
  return out;
}

/**
 * A mask character that could hide a letter: "*" or "#" anywhere, "_" after a letter, digit or
 * another mask ("f_ck"), but not "_" starting a word.
 */
const MAY_BE_MASKED = /[*#]|[^\s\-_]_/;

/**
 * Finds the terms in `text`, disguised or not, and with `runTogether` also inside words
 * (for handles and profile names); a match inside an innocent word is dropped.
 */
export function findDisguised(matcher: DisguisedMatcher, text: string, runTogether = false): TermMatch[] {
  const plain = undisguise(text);
  let found: TermMatch[];
  let innocentOf: () => TermMatch[];
  const fast = matcher.fast;
  if (fast && (!runTogether || fast.joined !== undefined) && !MAY_BE_MASKED.test(plain)) {
    const c = collapse(plain);
    found = fast.words ? scanCollapsed(fast.words, c, text, false) : [];
    if (runTogether && fast.joined) found = mergeNonOverlapping(found, scanCollapsed(fast.joined, c, text, true));
    innocentOf = () => (fast.innocent ? scanCollapsed(fast.innocent, c, text, false) : []);
  } else {
    const { words, joined, innocent } = matcher.full;
    const w = words();
    found = w ? scan(w, plain, text) : [];
    const j = runTogether ? joined() : null;
    if (j) found = mergeNonOverlapping(found, scan(j, plain, text));
    innocentOf = () => {
      const inn = innocent();
      return inn ? scan(inn, plain, text) : [];
    };
  }
  if (found.length === 0) return found;
  const innocent = innocentOf();
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
