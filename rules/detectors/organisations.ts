// The partner register (config `organisations`): where a draft names a customer, partner or
// supplier, and whether that organisation's approval to be referenced stands today.
//
// Multi-word names match case-insensitively ("greenway grounds ltd"); a one-word alias that is
// also an everyday word ("Greenway", a green path) only when capitalised as a name. Handles and
// hashtags match on their squashed form ("@GreenwayGroundsLtd", "#greenwaygrounds").
import type { Config, OrganisationEntry } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import { compileTerms, findAll, overlaps, type Span } from './text.ts';

export type ApprovalStatus = 'approved' | 'not-approved' | 'expired';

export interface OrganisationMention extends Span {
  organisation: OrganisationEntry;
  status: ApprovalStatus;
}

/** Today's local date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the organisation may be referenced on `today` (YYYY-MM-DD). */
export function approvalStatus(org: OrganisationEntry, today: string): ApprovalStatus {
  if (!org.approved) return 'not-approved';
  // ISO dates compare as strings; approval runs to the end of its last day.
  if (org.approvedUntil && org.approvedUntil < today) return 'expired';
  return 'approved';
}

const squashName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
// Legal suffixes people leave off a handle: "@GreenwayGrounds" for "Greenway Grounds Ltd".
const LEGAL_SUFFIX = /(?:ltd|limited|plc|llp|cic|inc|co|uk)$/;

function compiled(config: Config) {
  return compiledFor(config, 'organisations', () => {
    // One pattern for the whole register (it may hold thousands of names), and a map from each
    // name's squashed form back to its organisation.
    const bySquashed = new Map<string, OrganisationEntry>();
    const multi: string[] = [];
    const single: string[] = [];
    for (const org of config.organisations) {
      for (const name of [org.name, ...(org.aliases ?? [])]) {
        const s = squashName(name);
        if (s.length < 2) continue;
        if (!bySquashed.has(s)) bySquashed.set(s, org);
        const bare = s.replace(LEGAL_SUFFIX, '');
        if (bare.length >= 4 && !bySquashed.has(bare)) bySquashed.set(bare, org);
        if (/[\s-]/.test(name.trim()) || /\d/.test(name)) {
          multi.push(name);
          // "Greenway Grounds" for "Greenway Grounds Ltd": people drop the legal suffix.
          const short = name.replace(/[\s,]+(?:ltd|limited|plc|llp|cic|inc)\.?$/i, '');
          if (short !== name && /[\s-]/.test(short)) {
            multi.push(short);
            if (!bySquashed.has(squashName(short))) bySquashed.set(squashName(short), org);
          }
        } else single.push(name, name.toUpperCase());
      }
    }
    return {
      bySquashed,
      multi: compileTerms(multi),
      // One-word names as written (case-sensitive) and in capitals.
      single: compileTerms(single, 'gu'),
    };
  });
}

/**
 * A one-word name opening a sentence is capitalised anyway. "Greenway walk from Linslade, 6 miles"
 * (a noun follows, and no verb: a caption) uses the everyday word; "Greenway lads were out at 7am"
 * and "Greenway have done a shocking job" (a verb) are about the company.
 */
const NLP_BUDGET = { name: 'organisations', parses: 40, maxChars: Infinity };

function commonNounAtSentenceStart(draft: Draft, m: Span & { text: string }): boolean {
  const sentence = draft.sentenceAt(m.start);
  if (sentence.start !== m.start || m.text === m.text.toUpperCase()) return false;
  // A huge paste gets a few parses; after that the name is taken as the company's.
  const doc = draft.nlpWithin(sentence, NLP_BUDGET);
  if (!doc) return false;
  const terms = doc.terms().json() as Array<{ terms?: Array<{ tags?: string[] }> }>;
  const next = new Set(terms[1]?.terms?.[0]?.tags ?? []);
  return next.has('Noun') && !next.has('Pronoun') && !doc.has('#Verb');
}

const TAG = /(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_]{3,60}/gu;

export function organisationMentions(draft: Draft): OrganisationMention[] {
  return draft.memo('organisationMentions', () => {
    if (draft.config.organisations.length === 0) return [];
    const register = compiled(draft.config);
    const today = draft.context.today ?? localToday();
    const out: OrganisationMention[] = [];
    const candidates = [
      ...findAll(register.multi, draft.text).map((m) => ({ ...m, key: squashName(m.text) })),
      ...findAll(register.single, draft.text)
        .filter((m) => !commonNounAtSentenceStart(draft, m))
        .map((m) => ({ ...m, key: squashName(m.text) })),
      ...findAll(TAG, draft.text).map((m) => ({ ...m, key: squashName(m.text.slice(1)) })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const c of candidates) {
      const org = register.bySquashed.get(c.key);
      if (!org || out.some((o) => overlaps(o, c))) continue;
      out.push({ start: c.start, end: c.end, organisation: org, status: approvalStatus(org, today) });
    }
    return out;
  });
}
