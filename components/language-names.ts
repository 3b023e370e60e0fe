// Plain names for the ISO 639-3 codes the engine reports (rules/language.ts's candidates).
const NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  cym: 'Welsh',
  gla: 'Scottish Gaelic',
  gle: 'Irish',
  pol: 'Polish',
  ron: 'Romanian',
  lit: 'Lithuanian',
  lav: 'Latvian',
  bul: 'Bulgarian',
  slk: 'Slovak',
  ces: 'Czech',
  hun: 'Hungarian',
  por: 'Portuguese',
  spa: 'Spanish',
  fra: 'French',
  ita: 'Italian',
  deu: 'German',
  pan: 'Punjabi',
  urd: 'Urdu',
  ben: 'Bengali',
  guj: 'Gujarati',
  hin: 'Hindi',
  tam: 'Tamil',
  arb: 'Arabic',
  pes: 'Persian',
  tur: 'Turkish',
  som: 'Somali',
};

/** "Polish", or the code itself for a language without a name here; `und` reads "too short to tell". */
export function languageName(code: string): string {
  if (code === 'und') return 'too short to tell';
  return NAMES[code] ?? code;
}
