// Lookalike names: does a profile name or handle contain, or closely imitate, the council's
// name, an alias, an official handle, or a town name with "council"/"official"/"TC"?
//
// Both sides are "squashed" first: case folded, separators dropped, homoglyphs (Cyrillic and
// Greek letters that look Latin, fullwidth forms) and digit-for-letter swaps (0→o, 1→l, 3→e,
// 4→a, 5→s, 7→t) undone, and i/l/1/| made one letter, since they look alike in most fonts.
// What is left is compared exactly, by containment, or within a Damerau–Levenshtein distance.
import type { Config } from '../config.ts';
import { compiledFor } from '../draft.ts';
import { SCRIPT_LOOKALIKES, STAND_INS } from './folding.ts';

// Names are squashed with the shared folding tables (folding.ts), plus what only names need:
// "8" for "b", "|" for "l", and i, l, 1, | and ! as one letter, since most fonts draw them alike.
const HOMOGLYPHS: Record<string, string> = {
  ...SCRIPT_LOOKALIKES,
  ...STAND_INS,
  '1': 'l',
  '!': 'l',
  '8': 'b',
  '|': 'l',
  i: 'l',
};

/** The comparable skeleton of a name: "Leighton-Linslade T.C." and "LE1GHT0N L1NSLADE TC" both give "lelghtonllnsladetc". */
export function squash(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC').toLowerCase()) {
    const mapped = HOMOGLYPHS[ch] ?? ch;
    if (/[a-z]/.test(mapped)) out += mapped;
    else if (/\p{L}/u.test(mapped)) {
      // Latin letters with accents fold to their base letter; other scripts stay as they are.
      const base = mapped.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += /^[a-z]$/.test(base) ? (HOMOGLYPHS[base] ?? base) : mapped;
    }
  }
  return out;
}

/** Splits a name into words at separators and case changes: "LLTCNews" → LLTC, News. */
export function nameTokens(s: string): string[] {
  return s
    .normalize('NFKC')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}@$|!]+/u)
    .map(squash)
    .filter(Boolean);
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Where `needle` occurs in `hay` within `max` edits (substitution, insertion, deletion):
 * each occurrence's end offset in `hay` with its distance. Sellers' algorithm, O(|hay|·|needle|).
 */
export function approximateOccurrences(
  hay: string,
  needle: string,
  max: number,
): Array<{ start: number; end: number; distance: number }> {
  const m = needle.length;
  // col[i] = distance of needle[0..i) against the best substring of hay ending here; starts[i] its start.
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  let starts = Array.from({ length: m + 1 }, () => 0);
  const out: Array<{ start: number; end: number; distance: number }> = [];
  for (let j = 1; j <= hay.length; j++) {
    const next = [0];
    const nextStarts = [j];
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1]! + (needle[i - 1] === hay[j - 1] ? 0 : 1);
      const del = col[i]! + 1;
      const ins = next[i - 1]! + 1;
      const best = Math.min(sub, del, ins);
      next.push(best);
      nextStarts.push(best === sub ? starts[i - 1]! : best === del ? starts[i]! : nextStarts[i - 1]!);
    }
    col = next;
    starts = nextStarts;
    if (col[m]! <= max) out.push({ start: starts[m]!, end: j, distance: col[m]! });
  }
  return out;
}

/** Edits allowed when imitating a name of this length (after squashing). */
function allowedEdits(length: number): number {
  if (length >= 10) return 2;
  if (length >= 6) return 1;
  return 0;
}

// Words that make a town name into the council: "Leighton Buzzard Council", "Linslade TC", "… Official".
const ORG_SUFFIXES = ['towncouncll', 'councll', 'tc', 'offlclal', 'gov', 'govuk', 'townhall'].map((w) => ({
  w,
  max: allowedEdits(w.length),
}));
const ORG_PREFIXES = ['offlclal', 'theofflclal', 'councllof', 'towncouncllof'];
// Words that may ride along with a short alias in a handle: "LLTC_News", "TheLLTC", "LLTCofficial".
const AFFIXES = new Set([
  'offlclal',
  'news',
  'team',
  'hq',
  'uk',
  'tc',
  'councll',
  'lnfo',
  'updates',
  'admln',
  'real',
  'the',
  'staff',
  'events',
  'gov',
  'onllne',
  'page',
]);
// A word that ends a town's name as written in the config ("Town Council", "TC"): what is left is the place.
const TRAILING_ORG = /[\s-]+(?:town\s+council|council|t\.?\s?c\.?|official)\s*$/i;

/** Whether `s` starts with `word` give or take `max` edits. */
function startsWithin(s: string, word: string, max: number): boolean {
  if (max === 0) return s.startsWith(word);
  for (let k = Math.max(1, word.length - max); k <= Math.min(s.length, word.length + max); k++) {
    if (editDistance(s.slice(0, k), word, max) <= max) return true;
  }
  return false;
}

export interface Lookalike {
  /** The configured name that is imitated. */
  target: string;
  how: 'contains' | 'similar' | 'place';
}

function compiled(config: Config) {
  return compiledFor(config, 'lookalike', () => {
    const names = [config.organisation.name, ...config.organisation.aliases];
    const whole: Array<{ label: string; squashed: string }> = [];
    const places = new Map<string, string>();
    for (const name of names) {
      if (TRAILING_ORG.test(name)) {
        const place = name.replace(TRAILING_ORG, '').trim();
        if (squash(place).length >= 5) places.set(squash(place), name);
      } else whole.push({ label: name, squashed: squash(name) });
    }
    for (const handle of config.organisation.officialAccounts)
      whole.push({ label: `@${handle}`, squashed: squash(handle) });
    for (const place of config.organisation.places) if (squash(place).length >= 5) places.set(squash(place), place);
    return {
      whole: whole.filter((w) => w.squashed.length >= 2),
      places: [...places].map(([squashed, label]) => ({ squashed, label })),
    };
  });
}

/** Whether a profile name or handle contains or closely imitates the council's names (null if not). */
export function lookalikeOf(text: string, config: Config): Lookalike | null {
  // Profile names and handles are short; a huge paste is cut, not scanned quadratically.
  const input = text.slice(0, 300);
  const sx = squash(input);
  if (sx.length < 2) return null;
  const tokens = nameTokens(input);
  const c = compiled(config);
  for (const t of c.whole) {
    if (t.squashed.length <= 5) {
      // Short aliases ("LLTC") only as a word of their own, or with a known affix ("LLTCnews").
      const rest = sx.startsWith(t.squashed)
        ? sx.slice(t.squashed.length)
        : sx.endsWith(t.squashed)
          ? sx.slice(0, -t.squashed.length)
          : null;
      if (tokens.includes(t.squashed) || rest === '' || (rest !== null && AFFIXES.has(rest)))
        return { target: t.label, how: 'contains' };
      continue;
    }
    if (sx.includes(t.squashed)) return { target: t.label, how: 'contains' };
    if (approximateOccurrences(sx, t.squashed, allowedEdits(t.squashed.length)).length > 0)
      return { target: t.label, how: 'similar' };
  }
  for (const p of c.places) {
    for (const occ of approximateOccurrences(sx, p.squashed, Math.min(1, allowedEdits(p.squashed.length)))) {
      const after = sx.slice(occ.end);
      const before = sx.slice(0, occ.start);
      const suffix = ORG_SUFFIXES.some(({ w, max }) => startsWithin(after, w, max));
      const prefix = ORG_PREFIXES.some((w) => before.endsWith(w));
      if (suffix || prefix) return { target: p.label, how: 'place' };
    }
  }
  return null;
}

// Words a bio may wrap the council's name in: "The Official Leighton Linslade Town Council Page".
const NAME_WRAPPING = /^(?:the)?(?:offlclal)?|(?:offlclal)?(?:account|page|feed|hq)?$/g;
const PLACE_SUFFIXES = ['towncouncll', 'councll', 'tc'];

/**
 * Whether `text` as a whole is the council's name, an alias, an official handle, or a town with
 * "Town Council"/"Council"/"TC", give or take an "official" and a few edits: a bio titled
 * "Leighton Linslade Town Council" presents itself as the council. "Leighton Linslade Town
 * Council parks officer" is not the name as a whole.
 */
export function isCouncilName(text: string, config: Config): boolean {
  if (text.length > 80) return false;
  const sx = squash(text).replace(NAME_WRAPPING, '');
  if (sx.length < 2) return false;
  const c = compiled(config);
  for (const t of c.whole) {
    const max = allowedEdits(t.squashed.length);
    if (editDistance(sx, t.squashed, max) <= max) return true;
  }
  // A town (give or take a letter) and then "Town Council", "Council" or "TC" (a short word exactly: not "FC").
  for (const p of c.places) {
    const placeMax = Math.min(1, allowedEdits(p.squashed.length));
    for (const suffix of PLACE_SUFFIXES) {
      const max = allowedEdits(suffix.length);
      for (let cut = sx.length - suffix.length - max; cut <= sx.length - suffix.length + max; cut++) {
        if (cut <= 0 || cut >= sx.length) continue;
        if (editDistance(sx.slice(cut), suffix, max) > max) continue;
        if (editDistance(sx.slice(0, cut), p.squashed, placeMax) <= placeMax) return true;
      }
    }
  }
  return false;
}
