// Email addresses, plain and disguised: "sam.jones@leightonlinslade-tc.gov.uk",
// "sam @ gmail.com", "j.smith (at) example (dot) co (dot) uk", "s.kaur[at]example[.]co[.]uk", "j.smith at leightonlinslade-tc dot gov dot uk".
// Each is classified against the configuration: the council's own domain, a public contact
// (never personal data), or anything else.
//
// Scanning is anchored on "@" / "at" and walks outwards with bounded loops, so the cost is
// linear in the text whatever it holds (no regular expression is run over an unbounded run).
import type { Config } from '../config.ts';
import { compiledFor, type Draft } from '../draft.ts';
import type { Lexicon } from './lexicon.ts';
import type { Span } from './text.ts';
import emailDomainsJson from '../lexicons/email-domains.json' with { type: 'json' };

const EMAIL_DOMAINS = emailDomainsJson as Lexicon;
const PROVIDERS = new Set(EMAIL_DOMAINS.entries.filter((e) => e.kind === 'provider').map((e) => e.term));
const TLDS = new Set(EMAIL_DOMAINS.entries.filter((e) => e.kind === 'tld').map((e) => e.term));

export type EmailKind = 'council' | 'public' | 'personal';

export interface FoundEmail extends Span {
  /** The address with any disguise removed, lower-cased: `j.smith@example.co.uk`. */
  address: string;
  domain: string;
  /** Written with "at"/"dot" words, brackets or spaces rather than plainly. */
  obfuscated: boolean;
}

export interface EmailAddress extends FoundEmail {
  kind: EmailKind;
}

// "@", "(at)" / "[at]" / "{at}" / "<at>", or the word "at" between spaces.
const ANCHOR = /@|[[({<] ?at ?[\])}>]|(?<=\s)at(?=\s)/giu;
// A disguised dot, read at the start (DOT_AFTER) or end (DOT_BEFORE) of a short slice.
// "[dot]", "(dot)" and "[.]", "(.)" (the defanged form security tools use).
const DOT_AFTER = /^(?:\s{1,3}dot\s{1,3}|\s{0,2}[[({<] ?(?:dot|\.) ?[\])}>]\s{0,2})/i;
const DOT_BEFORE = /(?:\s{1,3}dot\s{1,3}|\s{0,2}[[({<] ?(?:dot|\.) ?[\])}>]\s{0,2})$/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?/i;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const MAX_LOCAL = 64;
const MAX_LABELS = 8;

/** Every email address in `text`, plain or disguised, in order. */
export function findEmails(text: string): FoundEmail[] {
  // Cheap prefilter: no "@" and no word "at" means no address.
  if (!text.includes('@') && !/\bat\b/i.test(text)) return [];
  const out: FoundEmail[] = [];
  let resumeAt = 0;
  ANCHOR.lastIndex = 0;
  for (const m of text.matchAll(ANCHOR)) {
    const anchorStart = m.index;
    if (anchorStart < resumeAt) continue;
    const anchorEnd = anchorStart + m[0].length;
    const plainAt = m[0] === '@';
    const wordAt = !plainAt && !/^[[({<]/.test(m[0]);
    const found = readAround(text, anchorStart, anchorEnd, plainAt, wordAt);
    if (found) {
      out.push(found);
      resumeAt = found.end;
    }
  }
  return out;
}

function readAround(
  text: string,
  anchorStart: number,
  anchorEnd: number,
  plainAt: boolean,
  wordAt: boolean,
): FoundEmail | null {
  // Spaces around the anchor: required for the word "at", allowed (both sides) for "@".
  let left = anchorStart;
  let spacesLeft = 0;
  while (left > 0 && spacesLeft < 3 && text[left - 1] === ' ') {
    left--;
    spacesLeft++;
  }
  let right = anchorEnd;
  let spacesRight = 0;
  while (right < text.length && spacesRight < 3 && text[right] === ' ') {
    right++;
    spacesRight++;
  }
  // "thanks @bob" is a handle, not an address: spaces before "@" need spaces after it too.
  if (plainAt && spacesLeft > 0 && spacesRight === 0) return null;
  if (plainAt && spacesRight > 0 && spacesLeft === 0) return null;

  const local = readLocal(text, left);
  if (!local) return null;
  const domain = readDomain(text, right);
  if (!domain) return null;

  const labels = domain.labels.map((l) => l.toLowerCase());
  const last = labels[labels.length - 1]!;
  if (!/^[a-z]{2,24}$/.test(last)) return null;
  const obfuscated = !plainAt || spacesLeft > 0 || domain.disguisedDot || local.disguisedDot;
  if (obfuscated) {
    // A disguised address must end like a real domain ("gmail dot com"), so that
    // "see you at lunch.Then" is not read as one.
    if (!TLDS.has(last)) return null;
    if (labels[0] === 'www') return null;
    if (wordAt) {
      // "look at example.com" is a website; an address written with the word "at" shows
      // itself by a disguised dot, or a local part that looks like one ("j.smith", "sam_77").
      const looksLikeLocal = /[._\d]/.test(local.text) || PROVIDERS.has(labels[0]!);
      if (!domain.disguisedDot && !local.disguisedDot && !looksLikeLocal) return null;
    }
  }
  const localPart = local.text.replace(DOT_WORDS_GLOBAL, '.').toLowerCase();
  const domainName = labels.join('.');
  return {
    start: local.start,
    end: domain.end,
    address: `${localPart}@${domainName}`,
    domain: domainName,
    obfuscated,
  };
}

const DOT_WORDS_GLOBAL = /\s{1,3}dot\s{1,3}|\s{0,2}[[({<] ?dot ?[\])}>]\s{0,2}/gi;

/** Reads the local part leftwards from `end`; it may contain disguised dots ("sam dot jones"). */
function readLocal(text: string, end: number): { start: number; text: string; disguisedDot: boolean } | null {
  let start = end;
  let disguisedDot = false;
  for (let runs = 0; runs < 4; runs++) {
    let s = start;
    while (s > 0 && end - s < MAX_LOCAL && LOCAL_CHAR.test(text[s - 1]!)) s--;
    if (s === start) break;
    start = s;
    const before = DOT_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (!before) break;
    // Only count "dot" as part of the address if a local-part word comes before it.
    const wordEnd = start - before[0].length;
    if (wordEnd <= 0 || !LOCAL_CHAR.test(text[wordEnd - 1]!)) break;
    disguisedDot = true;
    start = wordEnd;
  }
  // A local part never starts or ends with a dot ("Thanks.sam@…" starts at "sam" at best).
  while (start < end && (text[start] === '.' || text[start] === '-')) start++;
  if (start >= end || text[end - 1] === '.') return null;
  const slice = text.slice(start, end);
  if (!/[A-Za-z0-9]/.test(slice)) return null;
  return { start, text: slice, disguisedDot };
}

/** Reads domain labels rightwards from `start`, joined by "." or a disguised dot. */
function readDomain(text: string, start: number): { end: number; labels: string[]; disguisedDot: boolean } | null {
  const labels: string[] = [];
  let at = start;
  let disguisedDot = false;
  while (labels.length < MAX_LABELS) {
    const label = LABEL.exec(text.slice(at, at + 64));
    if (!label) break;
    labels.push(label[0]);
    at += label[0].length;
    const rest = text.slice(at, at + 14);
    if (rest[0] === '.' && LABEL.test(rest.slice(1))) {
      at += 1;
      continue;
    }
    const dot = DOT_AFTER.exec(rest);
    if (dot && LABEL.test(rest.slice(dot[0].length)) && /^[a-z]/i.test(rest.slice(dot[0].length))) {
      disguisedDot = true;
      at += dot[0].length;
      continue;
    }
    break;
  }
  if (labels.length < 2) return null;
  return { end: at, labels, disguisedDot };
}

function compiled(config: Config) {
  return compiledFor(config, 'emails', () => ({
    domains: config.organisation.emailDomains.map((d) => d.toLowerCase()),
    publicAddresses: new Set(config.publicContacts.flatMap((c) => findEmails(c).map((e) => e.address))),
  }));
}

/** Classifies an address: the council's domain, a public contact, or anything else. */
export function classifyEmail(email: FoundEmail, config: Config): EmailKind {
  const c = compiled(config);
  if (c.publicAddresses.has(email.address)) return 'public';
  if (c.domains.some((d) => email.domain === d || email.domain.endsWith(`.${d}`))) return 'council';
  return 'personal';
}

/** Every email address in the draft, classified. */
export function emailAddresses(draft: Draft): EmailAddress[] {
  return draft.memo('emailAddresses', () =>
    findEmails(draft.text).map((e) => ({ ...e, kind: classifyEmail(e, draft.config) })),
  );
}
