// Language detection with franc, over a deliberate candidate set: the languages a UK town
// council's staff and residents write in (English, Welsh, Gaelic and Irish; the main
// EU migrant languages; South Asian and Middle Eastern community languages). A small set is
// more accurate on short posts than franc's full list.
import { francAll } from 'franc-all';

export const CANDIDATE_LANGUAGES = [
  'eng', 'cym', 'gla', 'gle', // English, Welsh, Scottish Gaelic, Irish
  'pol', 'ron', 'lit', 'lav', 'bul', 'slk', 'ces', 'hun', // EU migrant languages
  'por', 'spa', 'fra', 'ita', 'deu',
  'pan', 'urd', 'ben', 'guj', 'hin', 'tam', // South Asian community languages
  'arb', 'pes', 'tur', 'som', // Middle Eastern and East African
] as const;

/** Below this many letters a guess is noise: the draft is reported as `und`. */
const MIN_LETTERS = 30;

// Words that, in numbers, only English text has. They rescue short English posts full of
// names and place names, which trigram statistics misread as Irish or Scots.
const ENGLISH_WORDS = new Set(
  'the and to of a in is it you that for on are with be this was at have i my we our your not but all so they just can will what about from there their been if no do get'.split(' '),
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
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
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
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const englishShare = words.filter((w) => ENGLISH_WORDS.has(w)).length / Math.max(words.length, 1);
  if (english >= 0.8 && englishShare >= 0.2) return 'eng';
  return best[0];
}

/** Whether English-only rules should run on a draft in this language. */
export function readsAsEnglish(language: string): boolean {
  return language === 'eng' || language === 'und';
}
