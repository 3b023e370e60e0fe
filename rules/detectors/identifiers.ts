// Identifiers that are personal data on their own: National Insurance numbers, bank details
// (sort code with an account number or "sort code", account numbers, IBANs, card numbers) and
// dates of birth ("DOB 12/03/1985", "born on 12 March 1985"). Whether a date of birth belongs
// to a named person is the rule's business; this module only finds the patterns.
import type { Span } from './text.ts';

export type IdentifierKind = 'ni-number' | 'sort-code' | 'account-number' | 'iban' | 'card-number' | 'date-of-birth';

export interface FoundIdentifier extends Span {
  kind: IdentifierKind;
}

// HMRC's format: two prefix letters (never D F I Q U V first, nor O second; not BG GB NK KN TN
// NT ZZ), six digits, a suffix A–D. "QQ" is HMRC's own specimen prefix, used in examples.
const NI_NUMBER =
  /(?<![\p{L}\p{N}])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu;
const SORT_CODE = /(?<![\p{N}\-/.])\d{2}([- ])\d{2}\1\d{2}(?![\p{N}\-/.])/gu;
const ACCOUNT_NUMBER = /(?<![\p{N}\-/.])\d{8}(?![\p{N}\-/.])/gu;
const BANK_CONTEXT =
  /\b(?:sort\s?code|s\/c|bank|account|acc(?:ount)?\s*(?:no|number|num)|a\/c|acct|bacs|pay(?:ment)?s?\s+(?:to|into))\b/i;
const IBAN = /(?<![\p{L}\p{N}])GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}(?![\p{L}\p{N}])/giu;
const CARD = /(?<![\p{N}-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\p{N}-])/gu;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const FULL_DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DATE_OF_BIRTH = new RegExp(
  `\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s?date|birthday|born(?:\\s+on)?)\\s*(?:is|was|:|-)?\\s*${FULL_DATE}(?![\\p{N}])`,
  'giu',
);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function near(text: string, span: Span, re: RegExp, before = 40, after = 20): boolean {
  return re.test(text.slice(Math.max(0, span.start - before), Math.min(text.length, span.end + after)));
}

/** Every sensitive identifier in `text`, in order. */
export function findIdentifiers(text: string): FoundIdentifier[] {
  if (!/\d/.test(text)) return [];
  const out: FoundIdentifier[] = [];
  const push = (m: RegExpMatchArray, kind: IdentifierKind) =>
    out.push({ start: m.index!, end: m.index! + m[0].length, kind });
  for (const m of text.matchAll(NI_NUMBER)) {
    // All capitals or all lower case: an NI number is not written "Ab123456c".
    if (m[0] === m[0].toUpperCase() || m[0] === m[0].toLowerCase()) push(m, 'ni-number');
  }
  for (const m of text.matchAll(SORT_CODE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // "12-03-24" is as likely a date: a sort code needs its name or an account number beside it.
    if (near(text, span, /sort\s?code|s\/c|\bbank\b|(?<!\d)\d{8}(?!\d)/i, 40, 40)) push(m, 'sort-code');
  }
  for (const m of text.matchAll(ACCOUNT_NUMBER)) {
    if (near(text, { start: m.index, end: m.index + 8 }, BANK_CONTEXT, 40, 0)) push(m, 'account-number');
  }
  for (const m of text.matchAll(IBAN)) push(m, 'iban');
  for (const m of text.matchAll(CARD)) if (luhn(m[0].replace(/\D/g, ''))) push(m, 'card-number');
  for (const m of text.matchAll(DATE_OF_BIRTH)) push(m, 'date-of-birth');
  return out.sort((a, b) => a.start - b.start);
}
