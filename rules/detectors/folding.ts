// One character folding for every detector: letters from other scripts that look Latin, and
// the digits and symbols people type for letters. `normalise` (text.ts) folds look-alike
// letters inside mixed-script words for every rule ("b\u043Ellocks" reads "bollocks"); the
// disguised-word matcher (disguised.ts) reads digits as letters inside words ("sh1t"); the
// lookalike-name check (lookalike.ts) squashes both, and also makes i, l, 1 and | one letter.

/**
 * Cyrillic, Greek and other letters that render like a Latin letter, by their lower-case form
 * (a capital is folded through its lower case). Only these are folded: a word written wholly in
 * another script is left alone, and so are letters with no Latin twin.
 */
export const SCRIPT_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ո: 'n',
  һ: 'h',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
};

/**
 * Digits and symbols that stand in for letters inside a word ("sh1t", "b0ll0cks", "@rse",
 * "$hit", "sh!t"). "1" and "!" read as "i" here; where i and l are interchangeable (names), the
 * lookalike check folds both to one letter afterwards.
 */
export const STAND_INS: Readonly<Record<string, string>> = {
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

/** The Latin letter a look-alike letter stands for, keeping its case, or undefined. */
export function latinTwin(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const twin = SCRIPT_LOOKALIKES[lower];
  if (twin === undefined) return undefined;
  return lower === ch ? twin : twin.toUpperCase();
}

const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(SCRIPT_LOOKALIKES).join('')}]`, 'iu');
const WORDS = /\p{L}+/gu;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The offsets (UTF-16) of look-alike letters that sit in a word with at least one ASCII letter:
 * "sh\u0430mbles" is a disguised "shambles", while a Russian or Greek word is left as it is.
 */
export function mixedScriptLookalikes(text: string): Set<number> {
  const out = new Set<number>();
  if (!LOOKALIKE_CHARS.test(text)) return out;
  for (const m of text.matchAll(WORDS)) {
    const word = m[0];
    if (!ASCII_LETTER.test(word) || !LOOKALIKE_CHARS.test(word)) continue;
    for (let i = 0; i < word.length; i++) if (latinTwin(word[i]!) !== undefined) out.add(m.index + i);
  }
  return out;
}
