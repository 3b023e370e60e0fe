// Language detection with franc, over a deliberate candidate set: the languages a UK town
// council's staff and residents write in (English, Welsh, Gaelic and Irish; the main
// EU migrant languages; South Asian and Middle Eastern community languages). A small set is
// more accurate on short posts than franc's full list.
import { francAll } from 'franc-all';

export const CANDIDATE_LANGUAGES = [
  'eng',
  'cym',
  'gla',
  'gle', // English, Welsh, Scottish Gaelic, Irish
  'pol',
  'ron',
  'lit',
  'lav',
  'bul',
  'slk',
  'ces',
  'hun', // EU migrant languages
  'por',
  'spa',
  'fra',
  'ita',
  'deu',
  'pan',
  'urd',
  'ben',
  'guj',
  'hin',
  'tam', // South Asian community languages
  'arb',
  'pes',
  'tur',
  'som', // Middle Eastern and East African
] as const;

/** Below this many letters (outside capitalised names) a guess is noise: the draft is reported as `und`. */
const MIN_LETTERS = 20;
/** Below this many letters, one English word is enough to keep the English-only rules running. */
const SHORT_LETTERS = 60;

// Common English words that are not also common words in the other candidate languages
// ("a", "in", "to", "was", "die", "no" are left out for that reason). Trigram statistics
// misread short English posts full of names and place names as French or Irish; a draft
// where these words are frequent is English.
const ENGLISH_WORDS = new Set(
  (
    'the and of is are you your yours that this these those for with have has had my me we our us they their them ' +
    'there here not but just can could would should what about from been if get got it its he she his her him who ' +
    'which when where why how out up down over again very really only also too more some any every two new next ' +
    'week today tonight tomorrow yesterday year time day night people please thanks thank near back off after before ' +
    'because going good great love loving like know think want need said make made see look well still never always ' +
    'much many than then now were did does doing done dont cant ive isnt wont didnt thats youre theyre lovely ' +
    'brilliant anyone everyone someone nothing something everything ours yes yeah let lets share sharing lost found ' +
    'couldnt wouldnt shouldnt by into onto morning evening weekend come comes coming went being'
  ).split(' '),
);

/** Removes what says nothing about language: links, emails, handles, hashtags, numbers. */
function languageText(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[\p{N}\p{P}\p{S}]+/gu, ' ');
}

/** ISO 639-3 code of the text's language, or `und` when it is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = languageText(text.length > 4000 ? text.slice(0, 4000) : text);
  // Names ("Leighton-Linslade Town Council", "Cllr Bates") say nothing about the language
  // around them: only letters outside capitalised words count towards "long enough to tell".
  const letters = sample.replace(/\p{Lu}[\p{L}'-]*/gu, ' ').match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    // Non-Latin scripts are unambiguous even when short.
    if (letters >= 8 && !/\p{Script=Latin}/u.test(sample)) {
      const [best] = francAll(sample, { only: [...CANDIDATE_LANGUAGES], minLength: 1 });
      return best && best[0] !== 'und' ? best[0] : 'und';
    }
    return 'und';
  }
  const scores = francAll(sample, { only: [...CANDIDATE_LANGUAGES], minLength: 10 });
  const best = scores[0];
  if (!best || best[0] === 'und') return 'und';
  if (best[0] === 'eng') return 'eng';
  const english = scores.find(([lang]) => lang === 'eng')?.[1] ?? 0;
  const words =
    sample
      .toLowerCase()
      .replace(/'/g, '')
      .match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const share = hits / Math.max(words.length, 1);
  if ((hits >= 2 && share >= 0.25) || (english >= 0.85 && hits >= 1 && share >= 0.1)) return 'eng';
  // A short draft with an English word in it is too short to call foreign with confidence:
  // it is checked as English (`und`) rather than skipped by the English-only rules.
  if (hits >= 1 && letters < SHORT_LETTERS) return 'und';
  return best[0];
}

/** Whether English-only rules should run on a draft in this language. */
export function readsAsEnglish(language: string): boolean {
  return language === 'eng' || language === 'und';
}
