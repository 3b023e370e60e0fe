// Telephone numbers in the usual UK spellings ("07700 900123", "+44 7700 900123",
// "(01525) 631920", "+44 (0)1525 631920", "07700-900-123") and international ones ("+33 1 23 45 67 89").
//
// libphonenumber-js decides whether a run of digits can be a number, with the small `min`
// metadata. Finding the runs is done here rather than with its findNumbers(), which is slow on
// large pastes and drops numbers after a price ("£5, 01525 631920"). A candidate must start as
// people write phone numbers — "0", "+" or "(0" — so dates, times, prices, years and reference
// numbers ("ref 123456789", "2019-2024", "10:30") are not read as phones.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Config } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import type { Span } from './text.ts';

export interface FoundPhone extends Span {
  /** E.164 form, e.g. +447700900123: two spellings of one number compare equal. */
  e164: string;
}

export interface PhoneNumber extends FoundPhone {
  /** One of the configured public contacts (the council's switchboard and the like). */
  isPublic: boolean;
}

// A run of digits and the separators people put in phone numbers (space, hyphen, dot,
// parentheses), starting with "+", "(" or a digit and ending with a digit. Each character
// class is disjoint from the next, so the match is linear; the length cap keeps digit soup cheap.
const RUN = /(?<![\p{L}\p{N}_+£$€#-])(?:\+|\(\s?)?\d(?:[ .\-()]{0,3}\d){6,24}(?!\p{N})/gu;
// Words just before a number that make it a reference rather than a phone number.
const NOT_A_PHONE_BEFORE =
  /(?:\b(?:ref|reference|invoice|order|case|ticket|booking|tracking|account|acct|a\/c|serial|policy|membership|isbn|barcode|company|charity|reg|registration|planning|application|sort\s+code|crime|incident)\b[\s.:#]*(?:no\.?|number|num|nr)?[\s.:#]*(?:is|was)?[\s.:#]*)$/i;
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Whether a candidate starts the way a written phone number does. */
function startsLikeAPhone(candidate: string): boolean {
  return /^(?:\+|\(?\s?0)/.test(candidate);
}

// libphonenumber takes tens of microseconds per number; a paste that repeats one number
// thousands of times should pay once.
const parsed = new Map<string, string | null>();
const PARSED_MAX = 2000;

function parse(candidate: string): string | null {
  const known = parsed.get(candidate);
  if (known !== undefined) return known;
  const result = parseUncached(candidate);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(candidate, result);
  return result;
}

function parseUncached(candidate: string): string | null {
  const digits = digitsOf(candidate);
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  if (!startsLikeAPhone(candidate)) return null;
  // "0000 000000" and "0123456789" are placeholders, not anyone's number.
  if (/^0+$|^(0123456789|01234567890)$/.test(digits)) return null;
  const number = parsePhoneNumberFromString(candidate, 'GB');
  if (!number || !number.isPossible()) return null;
  // UK numbers in Ofcom's drama ranges (07700 900xxx) are possible but not "valid"; they are
  // what examples and training material use, and exactly what a real number looks like.
  if (number.country !== 'GB' && number.countryCallingCode !== '44' && !number.isValid()) return null;
  return number.number;
}

/**
 * Splits a run that holds more than one number ("07700 900123 07700 900124") at its groups,
 * taking the longest leading stretch that parses each time.
 */
function splitRun(text: string, start: number, run: string, out: FoundPhone[]): void {
  const groups: Span[] = [];
  for (const g of run.matchAll(/[+(]?[\d().-]*\d\)?/g)) groups.push({ start: g.index, end: g.index + g[0].length });
  let i = 0;
  while (i < groups.length) {
    let best: { end: number; e164: string; next: number } | null = null;
    for (let j = i; j < groups.length && j < i + 6; j++) {
      const candidate = run.slice(groups[i]!.start, groups[j]!.end);
      if (digitsOf(candidate).length > MAX_DIGITS) break;
      const e164 = parse(candidate);
      if (e164) best = { end: groups[j]!.end, e164, next: j + 1 };
    }
    if (best) {
      out.push({ start: start + groups[i]!.start, end: start + best.end, e164: best.e164 });
      i = best.next;
    } else i++;
  }
}

/** Every phone number in `text`, in order. */
export function findPhones(text: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  RUN.lastIndex = 0;
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    let start = m.index;
    // A leading "(" that is not a trunk prefix belongs to the prose: "(call 01525…)" is fine.
    while (run.startsWith('(') && !/^\(\s?0/.test(run)) {
      run = run.slice(1);
      start++;
    }
    if (NOT_A_PHONE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const e164 = parse(run);
    if (e164) out.push({ start, end: start + run.length, e164 });
    else if (digitsOf(run).length > MAX_DIGITS || /\s/.test(run)) splitRun(text, start, run, out);
  }
  return out;
}

function compiled(config: Config) {
  return compiledFor(
    config,
    'phones',
    () => new Set(config.publicContacts.flatMap((c) => findPhones(c).map((p) => p.e164))),
  );
}

/** Every phone number in the draft, marked public when it is one of `publicContacts`. */
export function phoneNumbers(draft: Draft): PhoneNumber[] {
  return draft.memo('phoneNumbers', () => {
    // Cheap prefilter: a phone number has at least nine digits.
    if (!/\d(?:\D{0,3}\d){8}/.test(draft.text)) return [];
    const publicNumbers = compiled(draft.config);
    return findPhones(draft.text).map((p) => ({ ...p, isPublic: publicNumbers.has(p.e164) }));
  });
}
