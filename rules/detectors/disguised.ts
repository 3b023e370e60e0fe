// Terms written in disguise: digit-for-letter swaps ("sh1t", "b0llocks"), masked letters
// ("f*ck", "f***ing", "s**t") and, in handles and profile names, words run together
// ("LLTCisShit", "lltc_is_sh1t"). The disguise is undone character for character, so every
// span found here is also a span of the text given. Long unmasked text is matched with regular
// expressions on a collapsed copy ("fuuuck" → "fuck"); anything else, masked or short, is
// walked term by term (see `termSteps`), which needs nothing compiled.
import { STAND_INS } from './folding.ts';
import { byFirstLetter, escapeRegExp, type TermMatch } from './text.ts';

const WORD_RUN = /[\p{L}\p{N}@$!*#]+/gu;
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
 * The same term for a collapsed text, in which every run of one letter is at most two letters
 * ("fuuuck" → "fuuck"), and with no masks: a plain literal, small and quick to compile. Null when
 * the term has one letter twice around an optional separator ("n'n"), which collapsing would
 * merge; such terms are always walked as steps.
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
      // The collapsed text keeps at most two of a letter: a single letter may be stretched, a
      // double one must stay double ("coon" is not "con", "ass" is not "as").
      out += run > 1 ? escapeRegExp(ch + ch) : `${escapeRegExp(ch)}${escapeRegExp(ch)}?`;
      lastLetter = ch;
      optional = false;
    }
  }
  return prefix && !joined ? `${out}\\p{L}*` : out;
}

/**
 * How a disguised term is matched, one step at a time: each step's options are tried in order
 * (the letter itself, then a mask), each a character test repeated `min` to `max` times, as
 * many as possible first and then one fewer at a time, just as a regular expression tries
 * `(?:u+|[*#_]{1,1})`. The steps are that expression, and the walk finds what it would.
 *
 * Why not a regular expression: with any letter masked or stretched, the whole lexicon (the
 * threats alone are hundreds of phrases) made a 144 KB pattern that V8 took about a second to
 * compile on first use: in the extension that stalled every tab's checks. Steps cost nothing
 * to compile, and are built per first letter, the first time a word starts with it.
 *
 * A class, so that every repeat has one shape: built as object literals of several shapes, the
 * walk ran ten times slower once the rest of the engine was loaded.
 */
class Repeat {
  readonly accepts: (ch: string) => boolean;
  readonly min: number;
  readonly max: number;
  /** The one character it takes, when it takes only one (a letter, an apostrophe); else ''. */
  readonly char: string;
  /**
   * Whether giving back what it took may help: not when it took one letter over and over and
   * what follows cannot begin with that letter (so "weeee…" is walked once, not once per "e").
   * Set by `termSteps` once it knows what follows.
   */
  giveBack = true;

  constructor(accepts: (ch: string) => boolean, min: number, max: number, char = '') {
    this.accepts = accepts;
    this.min = min;
    this.max = max;
    this.char = char;
  }
}
type Step = readonly Repeat[];
type Mode = 'words' | 'joined' | 'innocent';

const taking = (accepts: (ch: string) => boolean, min: number, max: number) => new Repeat(accepts, min, max);
const exactly = (char: string, min: number, max: number) => new Repeat((ch) => ch === char, min, max, char);
/** What hides a letter: "f*ck", "f#ck", "f_ck". */
const MASK_CHAR = (ch: string) => ch === '*' || ch === '#' || ch === '_';
/** `[\s\-_]`, testing `\s` only beyond printable ASCII. */
const SEPARATOR = (ch: string) => ch === ' ' || ch === '-' || ch === '_' || ((ch < ' ' || ch > '~') && /\s/.test(ch));
const SEPARATOR_OR_DOT = (ch: string) => ch === '.' || SEPARATOR(ch);
const LETTER_OR_MASK = (ch: string) => MASK_CHAR(ch) || LETTER.test(ch);
const IS_LETTER = (ch: string) => LETTER.test(ch);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first letter of a term, which is never masked, or '' when it starts with something else. */
function headOf(term: string): string {
  const first = term.replace(/\*$/, '').trim().toLowerCase()[0] ?? '';
  return LETTER.test(first) ? first : '';
}

/**
 * The steps of one term after its first letter (all of them when it starts with something
 * else). As words, the term is a whole word, any letter but a word's first masked ("f*ck") or
 * stretched ("fuuuck"), and a trailing `*` means any ending ("f***ing"). Run together
 * (`joined`), words may touch, as in "LLTCisShit". Innocent words have an unmasked ending.
 */
function termSteps(term: string, mode: Mode): Step[] {
  const { prefix, runs } = termRuns(term);
  const steps: Repeat[][] = [];
  let wordStart = true;
  for (const [i, { ch, run }] of runs.entries()) {
    if (/\s/.test(ch)) {
      steps.push([mode === 'joined' ? taking(SEPARATOR_OR_DOT, 0, Infinity) : taking(SEPARATOR, 1, Infinity)]);
      wordStart = true;
    } else if (ch === '-') {
      steps.push([taking(SEPARATOR, 0, 1)]);
      wordStart = true;
    } else if (ch === "'") {
      steps.push([exactly("'", 0, 1)]);
    } else if (isLowSurrogate(ch) && runs[i - 1]?.run === 1 && isHighSurrogate(runs[i - 1]!.ch)) {
      // With the half before it, one character beyond the basic plane, taken as it is.
      steps[steps.length - 1] = [exactly(runs[i - 1]!.ch + ch, 1, 1)];
    } else if (!LETTER.test(ch)) {
      steps.push([exactly(ch, run, run)]);
    } else if (i === 0) {
      // The head: `scanTerms` finds how far it runs.
      wordStart = false;
    } else if (wordStart) {
      steps.push([exactly(ch, run, Infinity)]);
      wordStart = false;
    } else {
      // A letter may be stretched but not shortened: "coon" is not "con".
      steps.push([exactly(ch, run, Infinity), taking(MASK_CHAR, 1, run)]);
    }
  }
  if (prefix && mode !== 'joined') steps.push([taking(mode === 'words' ? LETTER_OR_MASK : IS_LETTER, 0, Infinity)]);
  for (const [i, step] of steps.entries()) {
    for (const option of step) if (option.char) option.giveBack = mayStartWith(steps, option.char, i + 1);
  }
  return steps;
}

const isHighSurrogate = (ch: string) => /^[\uD800-\uDBFF]$/.test(ch);
const isLowSurrogate = (ch: string) => /^[\uDC00-\uDFFF]$/.test(ch);

/**
 * Terms (longest first) grouped by first letter, as `byFirstLetter` groups patterns; a
 * letter's terms become steps the first time a text has a word starting with it.
 */
class TermSet {
  readonly mode: Mode;
  readonly #terms = new Map<string, string[]>();
  readonly #choices = new Map<string, Choices>();

  constructor(terms: readonly string[], mode: Mode) {
    this.mode = mode;
    for (const term of terms) {
      const head = headOf(term);
      if (!this.#terms.has(head)) this.#terms.set(head, []);
      this.#terms.get(head)!.push(term);
    }
  }

  /** The terms starting with the letter `head` ('' for the rest), as steps after it. */
  startingWith(head: string): Choices | undefined {
    let choices = this.#choices.get(head);
    const terms = this.#terms.get(head);
    if (!choices && terms) {
      choices = new Choices(terms.map((t) => termSteps(t, this.mode)));
      this.#choices.set(head, choices);
    }
    return choices;
  }
}

/**
 * Terms as steps, in order, and those of them that may go on with a given character: at each
 * place only a few are walked ("is" walks none of the threats that start "i'll").
 */
class Choices {
  readonly #all: ReadonlyArray<readonly Step[]>;
  readonly #byNext = new Map<string, ReadonlyArray<readonly Step[]>>();

  constructor(all: ReadonlyArray<readonly Step[]>) {
    this.#all = all;
  }

  /** In order, those whose steps could begin with `ch` ('' at the end of the text). */
  mayContinueWith(ch: string): ReadonlyArray<readonly Step[]> {
    let list = this.#byNext.get(ch);
    if (!list) {
      list = this.#all.filter((steps) => mayStartWith(steps, ch));
      if (this.#byNext.size < 500) this.#byNext.set(ch, list);
    }
    return list;
  }
}

/** False only when no match of `steps` (from the `from`th) can begin with `ch`: a quick, safe filter. */
function mayStartWith(steps: readonly Step[], ch: string, from = 0): boolean {
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    if (ch !== '' && step.some((o) => o.accepts(ch))) return true;
    if (!step.some((o) => o.min === 0)) return false;
  }
  return true;
}

/** A value built on first use. */
function once<T>(build: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value;
  };
}

interface Collapsed {
  words: RegExp | null;
  /** Undefined when a run-together term cannot be collapsed ("lying git" as "lyinggit"). */
  joined: RegExp | null | undefined;
  innocent: RegExp | null;
}

export interface DisguisedMatcher {
  /** Patterns for collapsed, unmasked text: null when some term cannot be collapsed. */
  fast: () => Collapsed | null;
  /** Every term as steps, for any text: stretched, masked or run together. */
  full: { words: TermSet; joined: TermSet; innocent: TermSet };
}

/**
 * Compiles terms for disguised matching. `joinedTerms` are also found inside run-together
 * words (handles); `innocent` words that contain such a term ("Scunthorpe") are never flagged.
 * Nothing is compiled until a text needs it.
 */
export function compileDisguised(
  terms: readonly string[],
  joinedTerms: readonly string[],
  innocent: readonly string[],
): DisguisedMatcher {
  const unique = (list: readonly string[]) =>
    [...new Set(list.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const lists = { words: unique(terms), joined: unique(joinedTerms), innocent: unique(innocent) };
  const collapsed = (list: string[], joined: boolean) => {
    const patterns = list.map((t) => collapsedPattern(t, joined));
    return patterns.every((p) => p !== null)
      ? patterns.length
        ? byFirstLetter(patterns, (p) => /^\p{L}\+?/u.exec(p)?.[0])
        : ''
      : null;
  };
  const fast = once((): Collapsed | null => {
    const words = collapsed(lists.words, false);
    const joined = collapsed(lists.joined, true);
    const inn = collapsed(lists.innocent, false);
    if (words === null || inn === null) return null;
    return {
      words: words ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu') : null,
      joined: joined === null ? undefined : joined ? new RegExp(`(?:${joined})`, 'gu') : null,
      innocent: inn ? new RegExp(`(?:${inn})`, 'gu') : null,
    };
  });
  const full = {
    words: new TermSet(lists.words, 'words'),
    joined: new TermSet(lists.joined, 'joined'),
    innocent: new TermSet(lists.innocent, 'innocent'),
  };
  return { fast, full };
}

/**
 * The terms found in `plain`, as spans of `original`: leftmost first, and at each place the
 * first term (longest first) that fits, as one alternation of them all would find them.
 * Words must start and end a word; run-together and innocent terms may start anywhere.
 */
function scanTerms(set: TermSet, plain: string, original: string): TermMatch[] {
  const out: TermMatch[] = [];
  const whole = set.mode === 'words';
  const ends = whole ? (at: number) => !WORD_CHAR.test(charAt(plain, at)) : () => true;
  for (let at = 0; at < plain.length;) {
    const ch = charAt(plain, at);
    const startsWord = !whole || at === 0 || !WORD_CHAR.test(charBefore(plain, at));
    const end = startsWord ? matchAt(set, plain, at, ch, ends) : -1;
    if (end > at) {
      out.push({ start: at, end, text: original.slice(at, end) });
      at = end;
    } else at += ch.length;
  }
  return out;
}

/** Where the first term that fits at `at` (whose character is `ch`) ends, or -1. */
function matchAt(set: TermSet, text: string, at: number, ch: string, ends: (at: number) => boolean): number {
  const heads = set.startingWith(ch);
  if (heads) {
    // As "f+(?:uck|anny)" would: all of a stretched first letter, each term in turn, then one
    // letter fewer. Run together, the first letter is the last of its run ("isShit").
    let run = 1;
    if (set.mode !== 'joined') while (text.startsWith(ch, at + run * ch.length)) run++;
    for (; run >= 1; run--) {
      const from = at + run * ch.length;
      for (const steps of heads.mayContinueWith(charAt(text, from))) {
        const end = follow(steps, 0, text, from, ends);
        if (end >= 0) return end;
      }
    }
  }
  for (const steps of set.startingWith('')?.mayContinueWith(ch) ?? []) {
    const end = follow(steps, 0, text, at, ends);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where `steps` from the `i`th, taken at `at`, end so that `ends` holds there, or -1. */
function follow(steps: readonly Step[], i: number, text: string, at: number, ends: (at: number) => boolean): number {
  if (i === steps.length) return ends(at) ? at : -1;
  const options = steps[i]!;
  for (let k = 0; k < options.length; k++) {
    const { char, accepts, min, max, giveBack } = options[k]!;
    let n = 0;
    let q = at;
    if (char) {
      for (; n < max && text.startsWith(char, q); n++) q += char.length;
    } else {
      for (let ch = charAt(text, q); n < max && ch !== '' && accepts(ch); n++, ch = charAt(text, q)) q += ch.length;
    }
    // Then one fewer at a time, as a greedy quantifier does.
    for (; n >= min; n--) {
      const end = follow(steps, i + 1, text, q, ends);
      if (end >= 0) return end;
      if (!giveBack) break;
      q -= char ? char.length : charBefore(text, q).length;
    }
  }
  return -1;
}

/**
 * The character (code point) at `at` ('' at the end), or just before it. Reads stay within
 * the text: V8 drops its optimised code for a function that reads past the end of a string.
 */
function charAt(text: string, at: number): string {
  if (at >= text.length) return '';
  if (at + 1 < text.length && isSurrogatePair(text.charCodeAt(at), text.charCodeAt(at + 1)))
    return text.slice(at, at + 2);
  return text[at]!;
}

function charBefore(text: string, at: number): string {
  if (at >= 2 && isSurrogatePair(text.charCodeAt(at - 2), text.charCodeAt(at - 1))) return text.slice(at - 2, at);
  return text[at - 1]!;
}

const isSurrogatePair = (high: number, low: number) =>
  high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;

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
    // A run keeps two of its letter, so that a term's double letters can be told apart.
    text += ch;
    from.push(i);
    to.push(j > i + 1 ? i + 1 : j);
    if (j > i + 1) {
      text += ch;
      from.push(i + 1);
      to.push(j);
    }
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
    let first = m.index;
    // Both kept letters of a run belong to one run: a run-together match starts at its last letter.
    if (joined && c.text[first + 1] === c.text[first] && c.from[first + 1] === c.to[first]) first++;
    const start = joined ? c.to[first]! - 1 : c.from[first]!;
    const end = c.to[m.index + m[0].length - 1]!;
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
 * Up to this length a text (a handle, a name, a match being classified, a short post) is
 * walked step by step even when unmasked: that takes microseconds, where the collapsed
 * patterns take tens of milliseconds to compile the first time. Longer texts use them.
 */
const SHORT = 64;

/**
 * Finds the terms in `text`, disguised or not, and with `runTogether` also inside words
 * (for handles and profile names); a match inside an innocent word is dropped.
 */
export function findDisguised(matcher: DisguisedMatcher, text: string, runTogether = false): TermMatch[] {
  const plain = undisguise(text);
  let found: TermMatch[];
  let innocentOf: () => TermMatch[];
  const fast = text.length > SHORT && !MAY_BE_MASKED.test(plain) ? matcher.fast() : null;
  if (fast && (!runTogether || fast.joined !== undefined)) {
    const c = collapse(plain);
    found = fast.words ? scanCollapsed(fast.words, c, text, false) : [];
    if (runTogether && fast.joined) found = mergeNonOverlapping(found, scanCollapsed(fast.joined, c, text, true));
    innocentOf = () => (fast.innocent ? scanCollapsed(fast.innocent, c, text, false) : []);
  } else {
    const { words, joined, innocent } = matcher.full;
    found = scanTerms(words, plain, text);
    if (runTogether) found = mergeNonOverlapping(found, scanTerms(joined, plain, text));
    innocentOf = () => scanTerms(innocent, plain, text);
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
