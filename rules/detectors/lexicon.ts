// Word lists are reviewable data (rules/lexicons/*.json): each entry says why it is there.
// This module turns them into compiled matchers.
import { compileTerms } from './text.ts';
import toneLexicon from '../lexicons/tone.json' with { type: 'json' };

export interface LexiconEntry {
  /** The word or phrase. Spaces match spaces or hyphens; a trailing `*` matches any ending. */
  term: string;
  /** Why the entry is on the list, for the comms officer who reviews it. */
  why: string;
  /** Optional grouping a rule may use (e.g. `slur`, `idiom`). */
  kind?: string;
}

export interface Lexicon {
  description: string;
  entries: LexiconEntry[];
}

export function lexiconTerms(lexicon: Lexicon, kinds?: readonly string[]): string[] {
  return lexicon.entries.filter((e) => !kinds || kinds.includes(e.kind ?? '')).map((e) => e.term);
}

export function compileLexicon(lexicon: Lexicon, kinds?: readonly string[]): RegExp | null {
  return compileTerms(lexiconTerms(lexicon, kinds));
}

/**
 * A word list written in groups: each group of terms shares one kind and one reason, so a comms
 * officer reads the reason once (retext-equality's data files work the same way).
 */
export interface GroupedLexicon {
  description: string;
  groups: Array<{ kind: string; why: string; terms: string[]; note?: string }>;
}

export function groupedTerms(lexicon: GroupedLexicon, kinds?: readonly string[]): string[] {
  return lexicon.groups.filter((g) => !kinds || kinds.includes(g.kind)).flatMap((g) => g.terms);
}

/** rules/lexicons/tone.json: people, groups, insults, contempt, discrimination and threats. */
export const TONE: GroupedLexicon = toneLexicon;
