// Turns the council's procedure (text extracted from its PDF) into rules/policy/procedure.json,
// the data the policy page and every finding's explanation show (npm run build:policy).
//
// The wording is the council's own and is never changed, typos included; only the PDF's layout
// is undone: wrapped lines are joined, runs of spaces collapse to one, and page-break debris
// (lines of only spaces, the hyperlink targets the extractor dumps at the foot of a page) goes.
//
// What the extracted text looks like, and how each part is read:
// - "9. Personal Use of Social Media" (or "8 Bullying…", or a heading wrapped onto a second
//   line) is a section heading when the next numbered line is its "N.1". Otherwise, as with
//   "13.  Employees are personally responsible…", the section has no title and its text is a
//   clause numbered "13" whose bullets hang off it directly.
// - "9.3 The following…" starts a clause. The PDF puts a blank line after the first line of
//   every numbered paragraph, so the text after that blank line continues the paragraph.
// - A line starting with exactly one space is a bullet (the bullet glyph was lost in
//   extraction); lines at column 0 right below it continue it.
// - After a blank line, a column-0 line continues the paragraph above when that paragraph
//   stops mid-sentence and the line starts in lower case (a page break fell inside it);
//   otherwise it starts a new paragraph: after a clause's bullets, that is the clause's
//   closing text ("This list is not exhaustive.").
// - "Appendix 1" / "Appendix 2" start appendices; each appendix's first line is its title. An
//   appendix is one clause ("Appendix 2") whose bullets are its numbered guidance items
//   ("1. How you behave online…", with the items' own bullets nested), or, in Appendix 1, its
//   headed paragraphs ("Social networking" followed by its description).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyBullet, PolicyClause, PolicySection, Procedure } from '../rules/policy.ts';

export const SOURCE_PATH = join(import.meta.dirname, '..', '..', 'shared', 'policy', 'social-media-procedure.txt');
export const OUTPUT_PATH = join(import.meta.dirname, '..', 'rules', 'policy', 'procedure.json');

/** The anchor of a clause, or of one of its bullets (`clause-9.3`, `clause-9.3-1`, `clause-appendix-2-7-1`). */
export function anchorFor(clause: string, ...bullets: number[]): string {
  return ['clause-' + clause.toLowerCase().replace(/\s+/g, '-'), ...bullets].join('-');
}

type LineKind =
  | { kind: 'appendix'; number: string }
  | { kind: 'clause'; id: string; text: string }
  | { kind: 'section'; number: string; text: string }
  | { kind: 'item'; number: string; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'text'; text: string };

interface Line {
  /** 1-based line number in the source, for error messages. */
  at: number;
  raw: string;
  /** Whether blank or debris lines came between this line and the previous content line. */
  gapBefore: boolean;
}

/** A paragraph under construction: its lines, joined when the document is finished. */
type Paragraphs = string[][];

interface BulletDraft {
  id: string;
  anchor: string;
  heading?: string;
  text: Paragraphs;
  bullets: BulletDraft[];
}

interface ClauseDraft {
  id: string;
  anchor: string;
  text: Paragraphs;
  bullets: BulletDraft[];
  after: Paragraphs;
}

interface SectionDraft {
  id: string;
  title: string | null;
  clauses: ClauseDraft[];
}

const TERMINAL = /[.!?:;]["'’”)]*$/;

function isDebris(raw: string): boolean {
  // Blank lines, lines of only spaces, and the bare link targets printed at a page's foot.
  return /^\s*$/.test(raw) || /^https?:\/\/\S+$/.test(raw);
}

function classify(raw: string, inAppendix: boolean): LineKind {
  let m: RegExpMatchArray | null;
  if ((m = /^Appendix\s+(\d+)\s*$/.exec(raw))) return { kind: 'appendix', number: m[1]! };
  if (inAppendix) {
    if ((m = /^(\d+)\.\s+(\S.*)$/.exec(raw))) return { kind: 'item', number: m[1]!, text: m[2]! };
  } else {
    if ((m = /^(\d+\.\d+)\s+(\S.*)$/.exec(raw))) return { kind: 'clause', id: m[1]!, text: m[2]! };
    if ((m = /^ ?(\d+)\.?\s+(\S.*)$/.exec(raw))) return { kind: 'section', number: m[1]!, text: m[2]! };
  }
  if (/^ \S/.test(raw)) return { kind: 'bullet', text: raw.trim() };
  return { kind: 'text', text: raw.trim() };
}

function flatten(paragraphs: Paragraphs): string {
  return paragraphs
    .map((lines) => lines.join(' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

function lastLine(paragraphs: Paragraphs): string {
  const last = paragraphs[paragraphs.length - 1];
  return last?.[last.length - 1] ?? '';
}

/** A heading in Appendix 1: a short line, no full stop, with its description directly below. */
function looksLikeHeading(text: string, next: Line | undefined): boolean {
  return (
    next !== undefined &&
    !next.gapBefore &&
    /^[A-Z]/.test(text) &&
    !TERMINAL.test(text) &&
    text.split(/\s+/).length <= 5
  );
}

export function parseProcedure(source: string): Procedure {
  const lines: Line[] = [];
  let gap = false;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      if (isDebris(raw)) {
        gap = true;
        return;
      }
      lines.push({ at: i + 1, raw: raw.replace(/\s+$/, ''), gapBefore: gap });
      gap = false;
    });

  const sections: SectionDraft[] = [];
  let section: SectionDraft | undefined;
  let clause: ClauseDraft | undefined;
  let item: BulletDraft | undefined; // in an appendix, the item that bullets nest under
  let target: Paragraphs | undefined; // where a column-0 line continuing the text goes
  let firstLine = false; // the last line was the first line of a numbered paragraph
  let appendix: 'none' | 'title' | 'body' = 'none';

  const fail = (line: Line, why: string): never => {
    throw new Error(`line ${line.at}: ${why}: ${JSON.stringify(line.raw)}`);
  };
  const startSection = (id: string, title: string | null) => {
    section = { id, title, clauses: [] };
    sections.push(section);
    clause = undefined;
    item = target = undefined;
  };
  const startClause = (line: Line, id: string, text: string) => {
    if (!section) fail(line, 'a clause before any section');
    clause = { id, anchor: anchorFor(id), text: [[text]], bullets: [], after: [] };
    section!.clauses.push(clause);
    item = undefined;
    target = clause.text;
    firstLine = true;
  };
  const addBullet = (parent: { id: string; anchor: string; bullets: BulletDraft[] }, text: string) => {
    const n = parent.bullets.length + 1;
    const b: BulletDraft = { id: `${parent.id}.${n}`, anchor: `${parent.anchor}-${n}`, text: [[text]], bullets: [] };
    parent.bullets.push(b);
    return b;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const what = classify(line.raw, appendix !== 'none');
    const wasFirstLine = firstLine;
    firstLine = false;

    switch (what.kind) {
      case 'appendix': {
        const id = `Appendix ${what.number}`;
        startSection(id, null);
        clause = { id, anchor: anchorFor(id), text: [], bullets: [], after: [] };
        section!.clauses.push(clause);
        target = clause.text;
        appendix = 'title';
        break;
      }
      case 'section': {
        // The heading may wrap onto lines directly below it ("…Vulnerable" / "Adults.").
        let text = what.text;
        let j = i + 1;
        while (lines[j] && !lines[j]!.gapBefore && classify(lines[j]!.raw, false).kind === 'text') {
          text += ' ' + lines[j]!.raw.trim();
          j++;
        }
        const next = lines[j] ? classify(lines[j]!.raw, false) : undefined;
        if (next?.kind === 'clause' && next.id === `${what.number}.1`) {
          startSection(what.number, text.replace(/\s+/g, ' ').trim());
          i = j - 1;
        } else {
          // "13.  Employees are…": an untitled section that is itself a clause.
          startSection(what.number, null);
          startClause(line, what.number, what.text);
        }
        break;
      }
      case 'clause':
        if (section?.id !== what.id.split('.')[0]) fail(line, `clause ${what.id} outside section ${section?.id}`);
        startClause(line, what.id, what.text);
        break;
      case 'item': {
        if (!clause) fail(line, 'an appendix item before any appendix');
        appendix = 'body';
        const expected = clause!.bullets.length + 1;
        if (Number(what.number) !== expected) fail(line, `expected item ${expected}`);
        item = addBullet(clause!, what.text);
        target = item.text;
        firstLine = true;
        break;
      }
      case 'bullet': {
        if (!clause) fail(line, 'a bullet outside any clause');
        target = addBullet(item ?? clause!, what.text).text;
        break;
      }
      case 'text': {
        if (appendix === 'title') {
          // The appendix's title is its first line (and any line wrapped directly below it).
          if (!line.gapBefore || section!.title === null) {
            section!.title = section!.title === null ? what.text : `${section!.title} ${what.text}`;
            break;
          }
          appendix = 'body';
        }
        if (!clause || !target) fail(line, 'text outside any clause');
        const continues =
          !line.gapBefore || wasFirstLine || (!TERMINAL.test(lastLine(target!)) && /^[a-z]/.test(what.text));
        if (continues) {
          const paragraph = target![target!.length - 1];
          if (paragraph) paragraph.push(what.text);
          else target!.push([what.text]);
        } else if (appendix === 'body' && looksLikeHeading(what.text, lines[i + 1])) {
          // Appendix 1: "Social networking", then its description.
          const headed = addBullet(clause!, '');
          headed.heading = what.text;
          headed.text = [];
          item = undefined;
          target = headed.text;
          firstLine = false;
          const next = lines[i + 1]!;
          target.push([next.raw.trim()]);
          i++;
        } else if (clause!.bullets.length === 0) {
          clause!.text.push([what.text]);
          target = clause!.text;
        } else {
          clause!.after.push([what.text]);
          item = undefined;
          target = clause!.after;
        }
        break;
      }
    }
  }

  const bulletOut = (b: BulletDraft): PolicyBullet => ({
    id: b.id,
    anchor: b.anchor,
    ...(b.heading !== undefined ? { heading: b.heading } : {}),
    text: flatten(b.text),
    ...(b.bullets.length ? { bullets: b.bullets.map(bulletOut) } : {}),
  });
  const clauseOut = (c: ClauseDraft): PolicyClause => ({
    id: c.id,
    anchor: c.anchor,
    text: flatten(c.text),
    bullets: c.bullets.map(bulletOut),
    ...(c.after.length ? { after: flatten(c.after) } : {}),
  });
  const sectionOut = (s: SectionDraft): PolicySection => ({
    id: s.id,
    anchor: 'section-' + s.id.toLowerCase().replace(/\s+/g, '-'),
    title: s.title,
    clauses: s.clauses.map(clauseOut),
  });

  return {
    title: 'Social Media Procedure',
    organisation: 'Leighton Linslade Town Council',
    source: 'social-media-procedure.txt',
    sections: sections.map(sectionOut),
  };
}

/** The JSON file's exact contents, so a test can compare it byte for byte. */
export function procedureJson(procedure: Procedure): string {
  return JSON.stringify(procedure, null, 2) + '\n';
}

if (import.meta.main) {
  const path = process.argv[2] ?? SOURCE_PATH;
  if (!existsSync(path)) {
    console.error(`build:policy: the procedure's text is not at ${path}; give its path as an argument.`);
    process.exit(2);
  }
  const procedure = parseProcedure(readFileSync(path, 'utf8'));
  writeFileSync(OUTPUT_PATH, procedureJson(procedure));
  const clauses = procedure.sections.reduce((n, s) => n + s.clauses.length, 0);
  console.log(`rules/policy/procedure.json: ${procedure.sections.length} sections, ${clauses} clauses.`);
}
